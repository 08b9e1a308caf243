package org.claimcheck.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.claimcheck.model.CheckResult;
import org.claimcheck.model.Severity;
import org.claimcheck.report.Format;
import org.claimcheck.rules.FactCheck;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * The options of the commands that run the check and write its findings ({@code check}, {@code
 * report}): the facts or the store, extra rules, the severity threshold and the output file. Each command
 * keeps its own {@code --format}, since their formats and defaults differ.
 */
final class CheckOptions {
  @Mixin StoreOptions store;

  @Parameters(
      paramLabel = "PATHS",
      arity = "0..*",
      defaultValue = "facts",
      description = "RDF files or directories of facts (default: ${DEFAULT-VALUE}).")
  List<Path> paths;

  @Option(
      names = "--rules",
      paramLabel = "DIR",
      description =
          "A directory of extra rule files (*.rq) to run after the bundled ones; repeatable.")
  List<Path> ruleDirs = List.of();

  @Option(
      names = "--min-severity",
      paramLabel = "LEVEL",
      defaultValue = "tension",
      converter = Options.SeverityConverter.class,
      description = "Report findings at least this severe: contradiction or tension (default: ${DEFAULT-VALUE}).")
  Severity minSeverity;

  @Option(
      names = "--output",
      paramLabel = "FILE",
      description = "Write to FILE (atomically) instead of standard output.")
  Path output;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      defaultValue = "300",
      description =
          "Stop the check if its queries (the rules, or fetching from an endpoint) are not done"
              + " after SECONDS (default: ${DEFAULT-VALUE}); exit 5, naming the rule.")
  long timeoutSeconds;

  /** Runs the check over the store given, else over the fact PATHS. */
  CheckResult run(CommandSpec spec) {
    if (timeoutSeconds < 1) {
      throw new ParameterException(spec.commandLine(), "--timeout must be at least 1 second");
    }
    return FactCheck.run(store.resolve(spec, paths), ruleDirs, Duration.ofSeconds(timeoutSeconds));
  }

  /**
   * Writes {@code result} in {@code format} to the output and returns the exit code: OK when no
   * finding reaches the threshold, FINDINGS otherwise.
   */
  int write(CommandSpec spec, CheckResult result, Format format) {
    Options.emit(spec, output, format.render(result, minSeverity));
    return result.atLeast(minSeverity).isEmpty() ? ExitCode.OK.code() : ExitCode.FINDINGS.code();
  }
}
