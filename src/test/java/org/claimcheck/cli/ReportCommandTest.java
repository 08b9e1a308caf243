package org.claimcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code claimcheck report}: formats, the output file, exit codes and usage errors. */
class ReportCommandTest {
  @Test
  void writesMarkdownByDefaultAndExitsOneOnFindings() {
    CliRun run = CliRun.run("report").assertExit(ExitCode.FINDINGS);
    assertThat(run.out())
        .as("%s", run)
        .startsWith("# Contradiction report\n")
        .contains("## Timeline");
    assertThat(run.err()).as("%s", run).isEmpty();
  }

  @Test
  void writesHtmlToAFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("report.html");
    CliRun run =
        CliRun.run("report", "--format", "html", "--output", file.toString())
            .assertExit(ExitCode.FINDINGS);
    assertThat(run.out()).as("%s", run).isEmpty();
    assertThat(Files.readString(file))
        .startsWith("<!DOCTYPE html>")
        .contains("class=\"finding contradiction\"");
  }

  @Test
  void exitsZeroWhenNoFindingReachesTheThreshold() {
    CliRun.run(
            "report",
            "--format",
            "json",
            "--min-severity",
            "contradiction",
            "src/test/resources/fixtures/validate/outside-vocabulary")
        .assertExit(ExitCode.OK);
  }

  @Test
  void refusesTextAsAReportFormat() {
    CliRun run =
        CliRun.run("report", "--format", "text").assertExit(ExitCode.USAGE).assertOneLineError();
    assertThat(run.errorMessage())
        .as("%s", run)
        .contains("markdown, html, turtle, jsonld")
        .doesNotContain("text,");
  }

  @Test
  void checkWritesTheSameJson() {
    CliRun check = CliRun.run("check", "--format", "json").assertExit(ExitCode.FINDINGS);
    CliRun report = CliRun.run("report", "--format", "json").assertExit(ExitCode.FINDINGS);
    assertThat(check.out()).isEqualTo(report.out());
  }
}
