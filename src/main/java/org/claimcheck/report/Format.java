package org.claimcheck.report;

import java.util.Locale;
import org.claimcheck.model.CheckResult;
import org.claimcheck.model.Severity;

/** The formats findings can be written in. */
public enum Format {
  TEXT,
  JSON,
  MARKDOWN,
  HTML,
  TURTLE,
  JSONLD;

  /** The lower-case name used on the command line. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Whether this format shows every statement and article (a timeline, an appendix, a count by
   * source), not only those of the findings: all but text.
   */
  public boolean showsEveryStatement() {
    return this != TEXT;
  }

  /** Renders {@code result} in this format, with the findings at least as strong as {@code threshold}. */
  public String render(CheckResult result, Severity threshold) {
    return switch (this) {
      case TEXT -> TextReport.render(result, threshold);
      case JSON -> JsonReport.render(result, threshold);
      case MARKDOWN -> MarkdownReport.render(result, threshold);
      case HTML -> HtmlReport.render(result, threshold);
      case TURTLE -> RdfReport.turtle(result, threshold);
      case JSONLD -> RdfReport.jsonLd(result, threshold);
    };
  }
}
