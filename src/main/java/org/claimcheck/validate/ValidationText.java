package org.claimcheck.validate;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.claimcheck.claimsjson.Problem;
import org.claimcheck.claimsjson.Review;

/**
 * Writes a {@link ValidationRun} as plain text: the notes and drafts of claims files, one line
 * each, then one block per violation, then a summary line.
 */
public final class ValidationText {
  private ValidationText() {}

  /**
   * Writes every violation as a block, for example:
   *
   * <pre>
   * facts/a.ttl:12:14: Violation: ex:a1
   *   property: cc:speaker
   *   message:  an assertion has exactly one speaker
   * </pre>
   *
   * (the position, of the statement that best shows the problem, where a file tells it), then a
   * line {@code N files, T triples: conforms} or {@code ...: K violations}. Before them, each note
   * of a claims file ({@code note: file:line:col: /pointer: message}), and each gap of a draft
   * claim ({@code draft: ...}; a draft that lacks nothing says so).
   */
  public static void write(ValidationRun run, PrintWriter out) {
    for (Review review : run.reviews()) {
      for (Problem note : review.notes()) {
        out.println("note: " + note.text());
      }
      for (Problem gap : review.gaps()) {
        out.println("draft: " + gap.text());
      }
    }
    if (run.reviews().stream().anyMatch(r -> !r.notes().isEmpty() || !r.drafts().isEmpty())) {
      out.println();
    }
    for (Violation v : run.result().violations()) {
      out.println(
          (v.where().isEmpty() ? "" : v.where() + ": ")
              + v.severity().label()
              + ": "
              + v.focusNode());
      line(out, "property", v.path());
      line(out, "value", v.value());
      line(out, "message", v.message());
      out.println();
    }
    out.println(summary(run));
    out.flush();
  }

  /**
   * {@code 2 files, 40 triples: conforms}, or {@code ...: 3 violations}; a store names no files.
   */
  public static String summary(ValidationRun run) {
    int count = run.result().violations().size();
    String outcome = run.result().conforms() ? "conforms" : plural(count, "violation");
    String files = run.files().isEmpty() ? "" : plural(run.files().size(), "file") + ", ";
    List<String> more = new ArrayList<>();
    long notes = run.reviews().stream().mapToLong(r -> r.notes().size()).sum();
    long drafts = run.reviews().stream().mapToLong(r -> r.drafts().size()).sum();
    if (notes > 0) {
      more.add(plural(notes, "note"));
    }
    if (drafts > 0) {
      more.add(plural(drafts, "draft claim") + " left out");
    }
    return files
        + plural(run.factTriples(), "triple")
        + ": "
        + outcome
        + (more.isEmpty() ? "" : "; " + String.join(", ", more));
  }

  private static void line(PrintWriter out, String label, String text) {
    if (!text.isEmpty()) {
      out.printf(Locale.ROOT, "  %-9s %s%n", label + ":", text);
    }
  }

  private static String plural(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
