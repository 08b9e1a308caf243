package org.claimcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --timings}, {@code check --skip-validation} and {@code generate}. */
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

  @Test
  void generateWritesFactsAndTheirExpectation(@TempDir Path dir) {
    CliRun run =
        CliRun.run(
                "generate",
                "--triples",
                "2k",
                "--seed",
                "3",
                "--output",
                dir.resolve("g.nt").toString(),
                "--expected",
                dir.resolve("g.tsv").toString())
            .assertExit(ExitCode.OK);

    assertThat(run.out()).contains("triples:").contains(" planted contradictions, ");
    assertThat(dir.resolve("g.nt")).isNotEmptyFile();
    assertThat(dir.resolve("g.tsv")).content().contains("near-miss\t");
  }

  @Test
  void aCountThatIsNotOneIsAUsageError(@TempDir Path dir) {
    CliRun.run(
            "generate",
            "--triples",
            "ten",
            "--output",
            dir.resolve("g.nt").toString(),
            "--expected",
            dir.resolve("g.tsv").toString())
        .assertExit(ExitCode.USAGE);
  }
}
