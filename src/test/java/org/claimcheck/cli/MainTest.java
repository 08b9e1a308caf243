package org.claimcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MainTest {
  @Test
  void helpListsCommandsAndExitCodes() {
    CliRun run = CliRun.run("--help").assertExit(ExitCode.OK);
    assertThat(run.out()).as("%s", run).contains("Usage: claimcheck", "Exit codes:");
    // Each subcommand is registered only when named, so help must still list them all.
    assertThat(run.out())
        .as("%s", run)
        .contains(
            "  validate ",
            "  check ",
            "  report ",
            "  load ",
            "  query ",
            "  import ",
            "  vocabulary ",
            "  schema ",
            "  new ",
            "  help ");
    assertThat(run.out())
        .as("the generator is the benchmark's, not the product's")
        .doesNotContain("generate");
    for (ExitCode code : ExitCode.values()) {
      assertThat(run.out()).as("%s", run).contains(code.code() + "  " + code.name());
    }
    assertThat(run.err()).isEmpty();
  }

  @Test
  void subcommandHelpShowsDefaultAndExitCodes() {
    CliRun run = CliRun.run("validate", "--help").assertExit(ExitCode.OK);
    assertThat(run.out())
        .as("%s", run)
        .contains("Usage: claimcheck validate", "default: facts", "7  INTERNAL");
  }

  @Test
  void theHelpCommandShowsACommandsHelpOrRefusesAnUnknownOne() {
    CliRun run = CliRun.run("help", "check").assertExit(ExitCode.OK);
    assertThat(run.out())
        .as("%s", run)
        .startsWith("Usage: claimcheck check ")
        .contains("--min-severity=LEVEL");
    assertThat(CliRun.run("help").assertExit(ExitCode.OK).out()).contains("  check ", "  help ");
    CliRun unknown = CliRun.run("help", "nope").assertExit(ExitCode.USAGE).assertOneLineError();
    assertThat(unknown.errorMessage()).contains("nope");
  }

  @Test
  void versionComesFromTheBuild() {
    CliRun run = CliRun.run("--version").assertExit(ExitCode.OK);
    assertThat(run.out()).as("%s", run).matches("claimcheck \\d+\\.\\d+\\.\\d+.*\\R");
  }

  @Test
  void unknownOptionIsAUsageErrorInOneLine() {
    CliRun run = CliRun.run("validate", "--no-such-option").assertExit(ExitCode.USAGE);
    run.assertOneLineError();
    assertThat(run.errorMessage()).as("%s", run).contains("--no-such-option");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void missingCommandIsAUsageError() {
    CliRun.run().assertExit(ExitCode.USAGE).assertOneLineError();
  }

  @Test
  void unknownCommandIsAUsageError() {
    CliRun.run("frobnicate").assertExit(ExitCode.USAGE).assertOneLineError();
  }

  @Test
  void verboseIsAcceptedBeforeAndAfterTheCommand() {
    CliRun.run("--verbose", "validate", "--help").assertExit(ExitCode.OK);
    CliRun.run("validate", "--verbose", "--help").assertExit(ExitCode.OK);
  }
}
