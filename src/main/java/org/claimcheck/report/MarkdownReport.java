package org.claimcheck.report;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.claimcheck.model.Article;
import org.claimcheck.model.Controls;
import org.claimcheck.model.Finding;
import org.claimcheck.model.Report;
import org.claimcheck.model.RuleInfo;
import org.claimcheck.model.Severity;
import org.claimcheck.model.Statement;

/**
 * The report as GitHub-flavoured Markdown: tables for the summary and the timeline, one section per
 * finding with its two statements side by side, and an appendix. Every value goes through {@link
 * #escape}: Markdown and HTML metacharacters are escaped, line breaks become {@code <br>} (so a
 * value never leaves its table cell or paragraph), and control characters show as escapes ({@link
 * Controls}). GitHub sets {@code dir="auto"} on each paragraph, so an Arabic quote, in a block
 * quote of its own, reads right to left.
 */
public final class MarkdownReport {
  private static final String ESCAPED = "\\`*_[]#|~";

  private MarkdownReport() {}

  /** {@code value} as Markdown text that renders as exactly these characters, on one line. */
  static String escape(String value) {
    String visible = Controls.visible(value);
    StringBuilder out = new StringBuilder(visible.length() + 16);
    for (int i = 0; i < visible.length(); i++) {
      char c = visible.charAt(i);
      if (ESCAPED.indexOf(c) >= 0
          || (i == 0 && (c == '-' || c == '+' || c == '='))
          || listNumber(visible, i)) {
        out.append('\\').append(c);
      } else if (c == '<') {
        out.append("&lt;");
      } else if (c == '>') {
        out.append("&gt;");
      } else if (c == '&') {
        out.append("&amp;");
      } else if (c == '\n') {
        out.append("<br>");
      } else if (c == '\t') {
        out.append(' ');
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** True at the dot or parenthesis of a leading "12." or "12)", which would start a list. */
  private static boolean listNumber(String text, int i) {
    char c = text.charAt(i);
    return (c == '.' || c == ')')
        && i > 0
        && text.substring(0, i).chars().allMatch(Character::isDigit);
  }

  /**
   * Renders the report of {@code result} with the findings at least as strong as {@code threshold}.
   */
  public static String render(Report result, Severity threshold) {
    ReportContent content = new ReportContent(result, threshold);
    StringBuilder md = new StringBuilder(1 << 15);
    md.append("# Contradiction report\n\n").append(escape(content.headline())).append("\n\n");
    summary(md, content);
    findings(md, content);
    timeline(md, content);
    appendix(md, content);
    return md.toString();
  }

  private static void summary(StringBuilder md, ReportContent content) {
    md.append("## Summary\n\n| | |\n| --- | --- |\n| Articles | ");
    md.append(
        content.articles().stream()
            .map(MarkdownReport::article)
            .collect(Collectors.joining("<br>")));
    md.append(" |\n| Sources | ");
    md.append(
        content.sources().stream()
            .map(s -> escape(s.title().isEmpty() ? s.kind() : s.kind() + ": " + s.title()))
            .collect(Collectors.joining("<br>")));
    md.append(" |\n| Statements said | ")
        .append(escape(content.dateRange().map(Object::toString).orElse("no statement")))
        .append(" |\n| Statements | ")
        .append(content.statements().size())
        .append(" |\n| Findings shown | ")
        .append(content.findings().size())
        .append(" at least ")
        .append(escape(content.threshold().id()))
        .append(" |\n\n");
    counts(md, "Severity", content.bySeverity());
    counts(md, "Category", content.byCategory());
    md.append(
        "### Rules that ran\n\n| Rule | Title | Category | Severity |\n| --- | --- | --- | --- |\n");
    for (RuleInfo r : content.rules()) {
      row(md, r.id(), r.title(), r.category().id(), r.severity().id());
    }
    md.append('\n');
  }

  private static String article(Article a) {
    String text = escape(a.title());
    if (!a.originalTitle().isEmpty() && !a.originalTitle().equals(a.title())) {
      text += " — " + escape(a.originalTitle());
    }
    return text
        + ", published "
        + escape(a.published().toString())
        + (a.publisher().isEmpty() ? "" : " by " + escape(a.publisher()));
  }

  private static void counts(StringBuilder md, String heading, Map<String, Long> counts) {
    md.append("| ").append(heading).append(" | Findings |\n| --- | ---: |\n");
    counts.forEach((name, count) -> row(md, name, count.toString()));
    md.append('\n');
  }

  private static void row(StringBuilder md, String... cells) {
    md.append('|');
    for (String cell : cells) {
      md.append(' ').append(escape(cell)).append(" |");
    }
    md.append('\n');
  }

  private static void findings(StringBuilder md, ReportContent content) {
    md.append("## Findings\n\n");
    if (content.findings().isEmpty()) {
      md.append("No finding at least ").append(escape(content.threshold().id())).append(".\n\n");
    }
    int n = 0;
    for (Finding f : content.findings()) {
      n++;
      Statement a = f.a();
      Statement b = f.b();
      md.append("### ")
          .append(n)
          .append(". ")
          .append(f.severity().name())
          .append(" · ")
          .append(escape(f.category().id()))
          .append(" — ")
          .append(escape(f.rule().title()))
          .append("\n\n")
          .append("Rule ")
          .append(escape(f.rule().id()))
          .append(" · finding ")
          .append(escape(f.id()))
          .append(" · ")
          .append(escape(f.category().description()))
          .append("\n\n")
          .append("| | A · S")
          .append(content.number(a))
          .append(" | B · S")
          .append(content.number(b))
          .append(" |\n| --- | --- | --- |\n");
      row(md, "Speaker", a.speaker() + " (" + a.role() + ")", b.speaker() + " (" + b.role() + ")");
      row(md, "Side", a.side(), b.side());
      row(md, "Voice", ReportContent.voice(a), ReportContent.voice(b));
      row(md, "Source", ReportContent.source(a), ReportContent.source(b));
      row(md, "Said", a.stated().toString(), b.stated().toString());
      row(md, "Polarity", a.polarity().id(), b.polarity().id());
      row(md, "Modality", a.modality().id(), b.modality().id());
      row(md, "About", a.summary(), b.summary());
      md.append('\n');
      quote(md, "A", a);
      quote(md, "B", b);
      md.append("**Why they conflict**\n\n");
      int step = 0;
      for (String reason : f.reasoning()) {
        md.append(++step).append(". ").append(escape(reason)).append('\n');
      }
      md.append('\n');
    }
  }

  private static void quote(StringBuilder md, String name, Statement s) {
    md.append("**")
        .append(name)
        .append("** (")
        .append(escape(s.language()))
        .append("):\n\n> ")
        .append(escape(s.quote()))
        .append("\n\n");
    for (String again : s.restatements()) {
      md.append("> ").append(escape(again)).append("\n\n");
    }
    md.append("*").append(escape(s.gloss())).append("*\n\n");
  }

  private static void timeline(StringBuilder md, ReportContent content) {
    md.append(
            "## Timeline\n\nEvery statement by the day it was said. Voice: official statements against")
        .append(
            " media reports (and the article's own voice). Findings: the conflicts it takes part in.\n\n")
        .append("| # | Said | Voice | Polarity | Who | About | Findings |\n")
        .append("| --- | --- | --- | --- | --- | --- | --- |\n");
    for (Statement s : content.timeline()) {
      row(
          md,
          "S" + content.number(s),
          s.stated().toString(),
          ReportContent.voice(s),
          (s.polarity() == org.claimcheck.model.Polarity.DENIES ? "✗ " : "✓ ")
              + ReportContent.what(s),
          ReportContent.who(s),
          s.summary(),
          findingList(content, s));
    }
    md.append('\n');
  }

  private static String findingList(ReportContent content, Statement s) {
    List<Integer> numbers = content.findingNumbers(s);
    return numbers.stream().map(number -> "#" + number).collect(Collectors.joining(", "));
  }

  private static void appendix(StringBuilder md, ReportContent content) {
    md.append("## Appendix: every modeled statement\n\n");
    for (Statement s : content.timeline()) {
      md.append("### S")
          .append(content.number(s))
          .append(" · ")
          .append(escape(ReportContent.who(s)))
          .append("\n\n")
          .append("- Said: ")
          .append(escape(s.stated().toString()))
          .append(", ")
          .append(escape(ReportContent.voice(s)))
          .append('\n')
          .append("- Source: ")
          .append(escape(ReportContent.source(s)))
          .append('\n')
          .append("- ")
          .append(escape(s.summary()))
          .append('\n')
          .append("- IRI: ")
          .append(escape(s.iri()))
          .append('\n');
      String in = findingList(content, s);
      if (!in.isEmpty()) {
        md.append("- In findings: ").append(escape(in)).append('\n');
      }
      md.append('\n');
      quote(md, "Quote", s);
    }
  }
}
