package org.claimcheck.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The top command, {@code claimcheck}: holds the global options and the subcommands. */
@Command(
    name = "claimcheck",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Finds contradictions between what sources said in news articles (RDF facts).",
    subcommands = {
      ValidateCommand.class,
      CheckCommand.class,
      ReportCommand.class,
      LoadCommand.class,
      QueryCommand.class,
      ImportCommand.class,
      GenerateCommand.class
    })
final class ClaimcheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--verbose",
      scope = ScopeType.INHERIT,
      description = "On an internal error, print the stack trace.")
  boolean verbose;

  boolean verbose() {
    return verbose;
  }

  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "missing command");
  }
}
