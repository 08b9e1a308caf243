package org.claimcheck.report;

import java.util.Locale;
import org.claimcheck.model.Report;
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
   * source), so that it needs a {@link Report}: all but text, which shows the findings only.
   */
  public boolean isReport() {
    return this != TEXT;
  }

  /**
   * Renders {@code result} in this format, with the findings at least as strong as {@code
   * threshold}.
   */
  public String render(Report result, Severity threshold) {
    return switch (this) {
      case TEXT -> TextReport.render(result.check(), threshold);
      case JSON -> JsonReport.render(result, threshold);
      case MARKDOWN -> MarkdownReport.render(result, threshold);
      case HTML -> HtmlReport.render(result, threshold);
      case TURTLE -> RdfReport.turtle(result, threshold);
      case JSONLD -> RdfReport.jsonLd(result, threshold);
    };
  }
}
