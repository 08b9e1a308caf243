package org.claimcheck.cli;

/** The exit codes of every claimcheck command; never a count of findings. */
public enum ExitCode {
  OK(0, "no finding / data conforms"),
  FINDINGS(1, "contradictions found / data does not conform"),
  USAGE(2, "bad option or argument"),
  BAD_INPUT(3, "data, rule or query cannot be read"),
  STORE_UNAVAILABLE(4, "store locked, unreachable or failing"),
  TIMEOUT(5, "an operation ran out of time or memory"),
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

  /**
   * The table printed at the foot of every command's help (picocli turns {@code %n} into line
   * breaks). Built on every run, so without String.format, which loads the locale data.
   */
  static String table() {
    StringBuilder table = new StringBuilder("%nExit codes:");
    for (ExitCode e : values()) {
      table.append("%n  ").append(e.code).append("  ").append(e.name());
      table.append(" ".repeat(Math.max(1, 18 - e.name().length()))).append(e.meaning);
    }
    return table.toString();
  }
}
