package org.claimcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code check --timings} and {@code check --skip-validation}. */
class PerformanceOptionsTest {
  @Test
  void timingsGoToStandardErrorAndLeaveTheFindingsAlone() {
    CliRun plain = CliRun.run("check").assertExit(ExitCode.FINDINGS);
    CliRun timed = CliRun.run("check", "--timings").assertExit(ExitCode.FINDINGS);

    assertThat(timed.out()).isEqualTo(plain.out());
    assertThat(timed.err().lines())
        .allSatisfy(line -> assertThat(line).matches("timing: \\S.* +\\d+ ms"))
        .anySatisfy(line -> assertThat(line).startsWith("timing: validate "))
        .anySatisfy(line -> assertThat(line).startsWith("timing: rule negation "))
        .anySatisfy(line -> assertThat(line).startsWith("timing: total "));
  }

  @Test
  void skippingValidationOnValidFactsFindsTheSame() {
    CliRun plain = CliRun.run("check").assertExit(ExitCode.FINDINGS);
    CliRun skipped =
        CliRun.run("check", "--skip-validation", "--timings").assertExit(ExitCode.FINDINGS);

    assertThat(skipped.out()).isEqualTo(plain.out());
    assertThat(skipped.err()).doesNotContain("timing: validate ");
  }
}
