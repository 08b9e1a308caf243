package org.claimcheck.validate;

import java.io.PrintWriter;

/** Writes a {@link ValidationRun} as plain text: one block per violation, then a summary line. */
public final class ValidationText {
  private ValidationText() {}

  /**
   * Writes every violation as a block, for example:
   *
   * <pre>
   * Violation: ex:a1
   *   property: cc:speaker
   *   message:  an assertion has exactly one speaker
   * </pre>
   *
   * then a line {@code N files, T triples: conforms} or {@code ...: K violations}.
   */
  public static void write(ValidationRun run, PrintWriter out) {
    for (Violation v : run.result().violations()) {
      out.println(v.severity() + ": " + v.focusNode());
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
    String outcome =
        run.result().conforms() ? "conforms" : plural(count, "violation");
    String files = run.files().isEmpty() ? "" : plural(run.files().size(), "file") + ", ";
    return files
        + plural(run.factTriples(), "triple")
        + ": "
        + outcome;
  }

  private static void line(PrintWriter out, String label, String text) {
    if (!text.isEmpty()) {
      out.printf("  %-9s %s%n", label + ":", text);
    }
  }

  private static String plural(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
