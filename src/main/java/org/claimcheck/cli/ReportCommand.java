package org.claimcheck.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.claimcheck.model.CheckResult;
import org.claimcheck.model.Severity;
import org.claimcheck.report.Format;
import org.claimcheck.rules.FactCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code claimcheck report [PATHS...]}: the findings as a report for people (Markdown, HTML) or
 * programs (JSON, Turtle, JSON-LD), with a summary, a timeline and every statement.
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Runs the contradiction rules over the facts, like check, and writes a report: a summary"
          + " (articles, sources, dates, counts by severity and category, the rules), one entry per"
          + " finding with both statements side by side, a timeline of every statement, and an"
          + " appendix of every modeled statement.",
      "HTML is one self-contained page (no script, nothing fetched); JSON follows the schema"
          + " schema/report.schema.json in the jar; Turtle and JSON-LD use the ontology's cc:Finding.",
      "Exits 0 when no finding reaches --min-severity, 1 when some do, as check does."
    })
final class ReportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "PATHS",
      arity = "0..*",
      defaultValue = "facts",
      description = "RDF files or directories of facts (default: ${DEFAULT-VALUE}).")
  List<Path> paths;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "markdown",
      converter = Options.ReportFormatConverter.class,
      description = "markdown, html, json, turtle or jsonld (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(
      names = "--output",
      paramLabel = "FILE",
      description = "Write the report to FILE (atomically) instead of standard output.")
  Path output;

  @Option(
      names = "--min-severity",
      paramLabel = "LEVEL",
      defaultValue = "tension",
      converter = Options.SeverityConverter.class,
      description = "Report findings at least this severe: contradiction or tension (default: ${DEFAULT-VALUE}).")
  Severity minSeverity;

  @Option(
      names = "--rules",
      paramLabel = "DIR",
      description = "A directory of extra rule files (*.rq) to run after the bundled ones; repeatable.")
  List<Path> ruleDirs = List.of();

  @Override
  public Integer call() {
    CheckResult result = FactCheck.run(paths, ruleDirs);
    Options.emit(spec, output, format.render(result, minSeverity));
    return result.atLeast(minSeverity).isEmpty() ? ExitCode.OK.code() : ExitCode.FINDINGS.code();
  }
}
