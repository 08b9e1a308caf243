package org.claimcheck.cli;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The exit codes of every claimcheck command; never a count of findings. */
public enum ExitCode {
  OK(0, "no finding / data conforms"),
  FINDINGS(1, "contradictions found / data does not conform"),
  USAGE(2, "bad option or argument"),
  BAD_INPUT(3, "data, rule or query cannot be read"),
  STORE_UNAVAILABLE(4, "store locked, unreachable or failing"),
  TIMEOUT(5, "an operation ran out of time"),
  INTERRUPTED(6, "interrupted"),
  INTERNAL(7, "internal error (a bug; stack trace with --verbose)");

  private final int code;
  private final String meaning;

  ExitCode(int code, String meaning) {
    this.code = code;
    this.meaning = meaning;
  }

  /** The process exit status. */
  public int code() {
    return code;
  }

  /** What the code means, for help and documentation. */
  public String meaning() {
    return meaning;
  }

  /** The table printed at the foot of every command's help. */
  static String table() {
    return Arrays.stream(values())
        .map(e -> String.format("  %d  %-17s %s", e.code, e.name(), e.meaning))
        .collect(Collectors.joining("%n", "%nExit codes:%n", ""));
  }
}
