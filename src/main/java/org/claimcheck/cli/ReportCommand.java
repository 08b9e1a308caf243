package org.claimcheck.cli;

import java.util.concurrent.Callable;
import org.claimcheck.report.Format;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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

  @Mixin CheckOptions options;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "markdown",
      converter = Options.ReportFormatConverter.class,
      description = "markdown, html, json, turtle or jsonld (default: ${DEFAULT-VALUE}).")
  Format format;

  @Override
  public Integer call() {
    return options.checkAndWrite(spec, format);
  }
}
