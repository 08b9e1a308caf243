package org.claimcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.claimcheck.error.ClaimcheckException;
import org.junit.jupiter.api.Test;

class FailuresTest {
  @Test
  void mapsEachKindToItsExitCode() {
    assertThat(Failures.exitCode(ClaimcheckException.badInput("x"))).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(Failures.exitCode(ClaimcheckException.storeUnavailable("x", null)))
        .isEqualTo(ExitCode.STORE_UNAVAILABLE);
    assertThat(Failures.exitCode(ClaimcheckException.timeout("x"))).isEqualTo(ExitCode.TIMEOUT);
    assertThat(Failures.exitCode(new InterruptedException())).isEqualTo(ExitCode.INTERRUPTED);
    assertThat(Failures.exitCode(new IllegalStateException())).isEqualTo(ExitCode.INTERNAL);
  }

  @Test
  void anErrorIsInternalAndPrintsItsTraceOnlyWhenVerbose() {
    // A full disk in TDB2 surfaces as java.lang.InternalError.
    InternalError disk = new InternalError("No space left on device");

    StringWriter quiet = new StringWriter();
    int code = new Failures(() -> false, () -> 50).report(disk, new PrintWriter(quiet));
    assertThat(code).isEqualTo(ExitCode.INTERNAL.code());
    assertThat(quiet.toString())
        .isEqualTo(
            "claimcheck: internal error: java.lang.InternalError: No space left on device"
                + System.lineSeparator());

    StringWriter verbose = new StringWriter();
    new Failures(() -> true, () -> 50).report(disk, new PrintWriter(verbose));
    assertThat(verbose.toString()).contains("\tat ");
  }

  @Test
  void badInputPrintsItsLocationAndNoTraceEvenWhenVerbose() {
    StringWriter err = new StringWriter();
    new Failures(() -> true, () -> 50)
        .report(ClaimcheckException.badInput(Path.of("a.ttl"), 3, 7, "oops"), new PrintWriter(err));
    assertThat(err.toString()).isEqualTo("claimcheck: a.ttl:3:7: oops" + System.lineSeparator());
  }

  @Test
  void severalProblemsPrintOneLineEachUpToTheLimitThenHowManyMore() {
    ClaimcheckException problems =
        ClaimcheckException.badInput(
            List.of("a.json:2:3: /x: one", "a.json:4:5: /y: two", "a.json:6:7: /z: three"));
    StringWriter err = new StringWriter();
    int code = new Failures(() -> false, () -> 2).report(problems, new PrintWriter(err));
    assertThat(code).isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(err.toString().split(System.lineSeparator()))
        .containsExactly(
            "claimcheck: a.json:2:3: /x: one",
            "claimcheck: a.json:4:5: /y: two",
            "claimcheck: 1 more problem not shown (3 in all; show more with --max-errors N)");
  }
}
