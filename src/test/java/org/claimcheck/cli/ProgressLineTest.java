package org.claimcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.claimcheck.work.Progress;
import org.junit.jupiter.api.Test;

/** Progress on standard error: live on a terminal, lines with --progress, nothing otherwise. */
class ProgressLineTest {
  @Test
  void aLineSaysHowFarTheRateAndTheTimeLeft() {
    assertThat(ProgressLine.line("reading big.nt", 40L << 20, 136L << 20, "bytes", 2_000_000_000L))
        .isEqualTo("reading big.nt: 40 of 136 MB, 20 MB/s, 5 s left");
    assertThat(ProgressLine.line("reading a.ttl", 2048, 3592, "bytes", 500_000_000L))
        .isEqualTo("reading a.ttl: 2 of 3 kB");
    assertThat(ProgressLine.line("running the rules", 4, 13, "rules", 2_000_000_000L))
        .isEqualTo("running the rules: 4 of 13 rules, 2.0 rules/s, 5 s left");
    assertThat(ProgressLine.line("reading \u001B[2Jx.nt", 0, -1, "bytes", 0))
        .isEqualTo("reading \\u001B[2Jx.nt: 0 MB");
  }

  @Test
  void withProgressEachStepIsALineAndQuietOrNoTerminalShowsNothing() {
    CliRun shown = CliRun.run("check", "--progress").assertExit(ExitCode.FINDINGS);
    assertThat(shown.err())
        .contains("claimcheck: reading facts/actors.ttl: 0 of 3 kB\n")
        .contains("claimcheck: running the rules: 0 of 13 rules\n");
    assertThat(shown.out()).isEqualTo(CliRun.run("check").out());
    assertThat(CliRun.run("check", "--progress", "--quiet").err()).isEmpty();
    assertThat(CliRun.run("check").err()).as("standard error is no terminal here").isEmpty();
  }

  @Test
  void onATerminalALiveLineShowsAfterTwoSecondsAndIsErasedAtTheEnd() throws Exception {
    StringWriter err = new StringWriter();
    System.setProperty("claimcheck.terminal", "1");
    ProgressLine line = ProgressLine.start(new PrintWriter(err), false, false);
    try {
      Progress.update("validating against the shapes", 1, 4, "parts");
      Thread.sleep(1_000);
      assertThat(err.toString()).as("nothing in the first two seconds").isEmpty();
      Thread.sleep(1_700);
      assertThat(err.toString()).startsWith("\rvalidating against the shapes: 1 of 4 parts");
    } finally {
      line.close();
      System.clearProperty("claimcheck.terminal");
    }
    assertThat(err.toString()).endsWith("\r\u001B[K");
  }
}
