package org.claimcheck.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.claimcheck.CheckRequest;
import org.claimcheck.Claimcheck;
import org.claimcheck.model.CheckResult;
import org.claimcheck.model.Report;
import org.claimcheck.model.Severity;
import org.claimcheck.report.Format;
import org.claimcheck.report.TextReport;
import org.claimcheck.rules.Timings;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * The options of the commands that run the check and write its findings ({@code check}, {@code
 * report}): the facts or the store, extra rules, the severity threshold and the output file. Each
 * command keeps its own {@code --format}, since their formats and defaults differ.
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
      description =
          "Report findings at least this severe: contradiction or tension (default: ${DEFAULT-VALUE}).")
  Severity minSeverity;

  @Mixin OutputOption output;

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
   * Runs the check over the store given, else over the fact PATHS, writes its findings in {@code
   * format} to the output and returns the exit code: OK when no finding reaches the threshold,
   * FINDINGS otherwise. Text shows the findings only; the other formats are reports, which read
   * every statement too.
   */
  int checkAndWrite(CommandSpec spec, Format format) {
    Timings report = timings ? (step, nanos) -> printTiming(spec, step, nanos) : Timings.NONE;
    CheckRequest request =
        new CheckRequest(
            data.resolve(spec),
            ruleDirs,
            Options.timeout(spec, timeoutSeconds),
            !skipValidation,
            report);
    long start = System.nanoTime();
    CheckResult result;
    String text;
    if (format.isReport()) {
      Report full = Claimcheck.report(request);
      result = full.check();
      text = format.render(full, minSeverity);
    } else {
      result = Claimcheck.check(request);
      text = TextReport.render(result, minSeverity);
    }
    report.record("total", System.nanoTime() - start);
    output.emit(spec, text);
    return result.atLeast(minSeverity).isEmpty() ? ExitCode.OK.code() : ExitCode.FINDINGS.code();
  }

  private static void printTiming(CommandSpec spec, String step, long nanos) {
    PrintWriter err = spec.commandLine().getErr();
    err.printf(Locale.ROOT, "timing: %-28s %8d ms%n", step, nanos / 1_000_000);
    err.flush();
  }
}
