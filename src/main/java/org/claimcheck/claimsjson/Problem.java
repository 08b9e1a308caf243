package org.claimcheck.claimsjson;

import java.nio.file.Path;
import java.util.Comparator;
import org.claimcheck.error.ClaimcheckException;

/**
 * One problem of a claims file, at a place in it: an error, a note on an implicit default, or a gap
 * in a draft claim.
 *
 * @param file the claims file
 * @param line the line, from 1 (below 1 when unknown)
 * @param col the column, from 1 (below 1 when unknown)
 * @param pointer the JSON Pointer of the value it is about ({@code ""} for the whole file)
 * @param message what is wrong or worth knowing
 */
public record Problem(Path file, long line, long col, String pointer, String message) {
  /** By position in the file, then by pointer. */
  static final Comparator<Problem> IN_FILE_ORDER =
      Comparator.comparingLong(Problem::line)
          .thenComparingLong(Problem::col)
          .thenComparing(Problem::pointer);

  /** {@code file:line:col: /pointer: message}. */
  public String text() {
    return ClaimcheckException.location(file.toString(), line, col)
        + ": "
        + (pointer.isEmpty() ? "(root)" : pointer)
        + ": "
        + message;
  }

  /** Whether this problem is about the value at {@code other} or a value inside it. */
  boolean within(String other) {
    return pointer.equals(other) || pointer.startsWith(other + "/");
  }

  /** Ends the reading of the part of the file that holds the problem. */
  static final class Found extends RuntimeException {
    private static final long serialVersionUID = 1L;

    final transient Problem problem;

    Found(Problem problem) {
      super(problem.text(), null, false, false);
      this.problem = problem;
    }
  }
}
