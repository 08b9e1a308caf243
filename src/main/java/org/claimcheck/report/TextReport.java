package org.claimcheck.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.claimcheck.model.CheckResult;
import org.claimcheck.model.Controls;
import org.claimcheck.model.Coverage;
import org.claimcheck.model.Finding;
import org.claimcheck.model.Severity;
import org.claimcheck.model.Statement;

/**
 * The findings as plain text for an 80-column terminal. Control characters in the data, bidi
 * overrides among them, are shown as escapes such as {@code \\u202E}, so they cannot reorder the
 * terminal.
 */
public final class TextReport {
  private static final int WIDTH = 80;

  private TextReport() {}

  /** Renders the findings of {@code result} at least as strong as {@code threshold}. */
  public static String render(CheckResult result, Severity threshold) {
    List<Finding> findings = result.atLeast(threshold);
    StringBuilder out = new StringBuilder();
    wrap(out, "", "", Summary.line(result, findings));
    int n = 0;
    for (Finding f : findings) {
      n++;
      out.append('\n');
      out.append(n)
          .append(". ")
          .append(f.severity().name())
          .append(" · ")
          .append(f.category().id())
          .append(" · rule ")
          .append(f.rule().id())
          .append(" · id ")
          .append(f.id())
          .append('\n');
      wrap(out, "   ", "   ", f.rule().title());
      statement(out, "A", f.a());
      statement(out, "B", f.b());
      out.append("   Why:\n");
      for (String step : f.reasoning()) {
        wrap(out, "   - ", "     ", step);
      }
    }
    return Controls.visible(out.toString());
  }

  private static void statement(StringBuilder out, String name, Statement s) {
    wrap(
        out,
        "   " + name + ": ",
        "      ",
        s.speaker()
            + " ("
            + s.role()
            + ", for "
            + s.side()
            + "), "
            + s.source()
            + ", said "
            + s.stated());
    wrap(out, "      ", "      ", s.summary());
    wrap(out, "      «", "       ", s.quote() + "»");
    wrap(out, "      \"", "       ", s.gloss() + "\"");
  }

  /**
   * Word-wraps {@code text} to {@link #WIDTH}, the first line after {@code first}, the others after
   * {@code rest}; line breaks in the text become spaces, and a word too long for a line is cut.
   */
  static void wrap(StringBuilder out, String first, String rest, String text) {
    String prefix = first;
    StringBuilder line = new StringBuilder();
    for (String word : Controls.visible(text).strip().split("\\s+")) {
      while (rest.length() + word.length() > WIDTH) {
        int room = WIDTH - prefix.length() - line.length() - (line.length() > 0 ? 1 : 0);
        if (room < 10) {
          out.append(prefix).append(line).append('\n');
          prefix = rest;
          line.setLength(0);
          room = WIDTH - rest.length();
        }
        line.append(line.length() > 0 ? " " : "").append(word, 0, room);
        word = word.substring(room);
        out.append(prefix).append(line).append('\n');
        prefix = rest;
        line.setLength(0);
      }
      if (line.length() > 0 && prefix.length() + line.length() + 1 + word.length() > WIDTH) {
        out.append(prefix).append(line).append('\n');
        prefix = rest;
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    out.append(prefix).append(line).append('\n');
  }

  /** The one-line summary shared by the text formats. */
  static final class Summary {
    private Summary() {}

    static String line(CheckResult result, List<Finding> findings) {
      Map<Severity, Long> counts =
          findings.stream()
              .collect(Collectors.groupingBy(Finding::severity, Collectors.counting()));
      List<String> parts = new ArrayList<>();
      for (Severity severity : Severity.values()) {
        long count = counts.getOrDefault(severity, 0L);
        if (count > 0) {
          parts.add(count + " " + severity.id() + (count == 1 ? "" : "s"));
        }
      }
      return findings.size()
          + (findings.size() == 1 ? " finding" : " findings")
          + (parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")")
          + " among "
          + checked(result.checked())
          + ", by "
          + result.rules().size()
          + " rules"
          + (result.checked().draftsSkipped() > 0
              ? "; " + count(result.checked().draftsSkipped(), "draft claim") + " left out"
              : "");
    }

    /** {@code 22 statements by 9 speakers in 1 article}. */
    private static String checked(Coverage checked) {
      return count(checked.statements(), "statement")
          + " by "
          + count(checked.speakers(), "speaker")
          + " in "
          + count(checked.articles(), "article");
    }

    private static String count(long n, String noun) {
      return n + " " + noun + (n == 1 ? "" : "s");
    }
  }
}
