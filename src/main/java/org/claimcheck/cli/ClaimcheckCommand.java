package org.claimcheck.cli;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The top command, {@code claimcheck}: holds the global options and adds the subcommands. */
@Command(
    name = "claimcheck",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Finds contradictions between what sources said in news articles (RDF facts).")
final class ClaimcheckCommand implements Callable<Integer> {
  /** The subcommands by name, in the order help lists them. */
  private static final Map<String, Class<?>> SUBCOMMANDS =
      subcommands(
          NewCommand.class,
          ValidateCommand.class,
          CheckCommand.class,
          ReportCommand.class,
          LoadCommand.class,
          QueryCommand.class,
          ImportCommand.class,
          VocabularyCommand.class,
          SchemaCommand.class,
          CommandLine.HelpCommand.class);

  @Spec CommandSpec spec;

  @Option(
      names = "--verbose",
      scope = ScopeType.INHERIT,
      description =
          "On an internal error, print the stack trace; and show the warnings and errors the"
              + " libraries log (Jena, the JSON-LD reader, the JDK), silent otherwise.")
  boolean verbose;

  @Option(
      names = "--max-errors",
      paramLabel = "N",
      defaultValue = "50",
      scope = ScopeType.INHERIT,
      description =
          "Show at most N of the problems found in the input, in the order of the file"
              + " (default: ${DEFAULT-VALUE}).")
  int maxErrors = 50;

  @Option(
      names = "--progress",
      scope = ScopeType.INHERIT,
      description =
          "Show how far the long steps are (reading, validating, the rules) on standard error"
              + " even when it is not a terminal, one line per step and every 2 seconds; on a"
              + " terminal a live line shows once a step has taken 2 seconds.")
  boolean progress;

  @Option(
      names = "--quiet",
      scope = ScopeType.INHERIT,
      description = "Show no progress, not even on a terminal.")
  boolean quiet;

  boolean verbose() {
    return verbose;
  }

  boolean progress() {
    return progress;
  }

  boolean quiet() {
    return quiet;
  }

  int maxErrors() {
    return maxErrors;
  }

  /**
   * Adds to {@code top} the subcommand that {@code args} name, or every one when they name none
   * (help, a usage error): picocli's model of each command is built by reflection, which a short
   * run cannot spare for the commands it does not run. The first argument that is not an option
   * names it; after {@code --max-errors N} (the one option of this command that takes a value) that
   * is N, which names no command, so all are added; {@code help} needs them all too.
   */
  static void addSubcommands(CommandLine top, String... args) {
    Class<?> named =
        Arrays.stream(args)
            .filter(a -> !a.startsWith("-"))
            .findFirst()
            .map(SUBCOMMANDS::get)
            .orElse(null);
    for (Class<?> subcommand : SUBCOMMANDS.values()) {
      if (named == null || named == CommandLine.HelpCommand.class || subcommand == named) {
        top.addSubcommand(subcommand);
      }
    }
  }

  private static Map<String, Class<?>> subcommands(Class<?>... classes) {
    Map<String, Class<?>> byName = new LinkedHashMap<>();
    for (Class<?> c : classes) {
      byName.put(c.getAnnotation(Command.class).name(), c);
    }
    return byName;
  }

  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "missing command");
  }
}
