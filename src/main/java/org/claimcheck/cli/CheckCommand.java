package org.claimcheck.cli;

import java.util.concurrent.Callable;
import org.claimcheck.report.Format;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code claimcheck check [PATHS...]}: runs the contradiction rules and lists the findings. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Runs the contradiction rules over the facts and lists every finding: the two statements,"
          + " the rule, category and severity, and the reasoning that links them.",
      "The facts are validated first; data that breaks the shapes is refused (exit 3), since a"
          + " rule would silently skip it.",
      "Severities: contradiction (certain against certain, a direct link) and tension (the link"
          + " needs entailment, or a side is an intent, plan, prediction, commitment or an"
          + " inexact count).",
      "Exits 0 when no finding reaches --min-severity, 1 when some do."
    })
final class CheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin CheckOptions options;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      converter = Options.FormatConverter.class,
      description =
          "Output format: text, json, markdown, html, turtle or jsonld (default: ${DEFAULT-VALUE}).")
  Format format;

  @Override
  public Integer call() {
    return options.checkAndWrite(spec, format);
  }
}
