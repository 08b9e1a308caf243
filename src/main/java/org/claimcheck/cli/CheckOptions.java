package org.claimcheck.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.claimcheck.model.CheckResult;
import org.claimcheck.model.Severity;
import org.claimcheck.report.Format;
import org.claimcheck.rules.FactCheck;
import org.claimcheck.rules.Timings;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * The options of the commands that run the check and write its findings ({@code check}, {@code
 * report}): the facts or the store, extra rules, the severity threshold and the output file. Each command
 * keeps its own {@code --format}, since their formats and defaults differ.
 */
final class CheckOptions {
  @Mixin DataOptions data;

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

  @Option(
      names = "--timings",
      description =
          "Print how long each step took (rules, load, validate, statements, each rule,"
              + " statements of findings), in milliseconds, on standard error. The rules load while"
              + " the facts are read (rules is the wait for them), and the rules and reading the"
              + " statements run side by side, so their times overlap.")
  boolean timings;

  @Option(
      names = "--skip-validation",
      description =
          "Do not check the facts against the shapes first (it costs about as much as parsing"
              + " them). Only for data already validated: a rule silently skips ill-formed data.")
  boolean skipValidation;

  /**
   * Runs the check over the store given, else over the fact PATHS, reading every statement when
   * {@code format} shows them all (else only those of the findings).
   */
  CheckResult run(CommandSpec spec, Format format) {
    Duration timeout = Options.timeout(spec, timeoutSeconds);
    Timings report = timings ? (step, nanos) -> printTiming(spec, step, nanos) : Timings.NONE;
    long start = System.nanoTime();
    CheckResult result =
        FactCheck.run(
            data.resolve(spec), ruleDirs, timeout, !skipValidation,
            format.showsEveryStatement(), report);
    report.record("total", System.nanoTime() - start);
    return result;
  }

  private static void printTiming(CommandSpec spec, String step, long nanos) {
    PrintWriter err = spec.commandLine().getErr();
    err.printf(Locale.ROOT, "timing: %-28s %8d ms%n", step, nanos / 1_000_000);
    err.flush();
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
