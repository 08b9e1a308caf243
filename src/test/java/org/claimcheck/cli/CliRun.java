package org.claimcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/**
 * One run of the real command line in this JVM: what was asked, what was printed, how it ended.
 * {@link #toString()} shows all of it, so a failing assertion says what happened.
 */
record CliRun(List<String> args, int exitCode, String out, String err) {
  /** Every run is held to this: only an internal error may print a stack trace. */
  CliRun {
    if (exitCode != ExitCode.INTERNAL.code()) {
      assertNoStackTrace(args, exitCode, out, err);
    }
  }

  /** Runs {@code claimcheck args...} through {@link Main#run}. */
  static CliRun run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    return new CliRun(List.of(args), code, out.toString(), err.toString());
  }

  /** Asserts the run ended with {@code expected}. */
  CliRun assertExit(ExitCode expected) {
    assertThat(exitCode).as("exit code of %s", this).isEqualTo(expected.code());
    return this;
  }

  /** Asserts stderr is one line, {@code claimcheck: ...}, with no stack trace. */
  CliRun assertOneLineError() {
    assertNoStackTrace();
    assertThat(err.lines().toList()).as("stderr of %s", this).hasSize(1);
    assertThat(err).as("stderr of %s", this).startsWith("claimcheck: ");
    return this;
  }

  /** Asserts stderr holds no stack trace. */
  CliRun assertNoStackTrace() {
    assertNoStackTrace(args, exitCode, out, err);
    return this;
  }

  private static void assertNoStackTrace(List<String> args, int exitCode, String out, String err) {
    assertThat(err)
        .as(
            "a stack trace from claimcheck %s (exit %d); stdout:%n%s",
            String.join(" ", args), exitCode, out)
        .doesNotContain("\tat ")
        .doesNotContain("Exception:")
        .doesNotContain("Caused by");
  }

  /** The one error line without its {@code claimcheck: } prefix. */
  String errorMessage() {
    return err.strip().substring("claimcheck: ".length());
  }

  @Override
  public String toString() {
    return "claimcheck "
        + String.join(" ", args)
        + "\n--- exit code: "
        + exitCode
        + "\n--- stdout:\n"
        + out
        + "--- stderr:\n"
        + err
        + "---";
  }
}
