package org.claimcheck.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.claimcheck.io.BundledResources;
import org.claimcheck.io.OutputFile;
import org.claimcheck.io.RdfLoader;
import org.claimcheck.model.Severity;
import org.claimcheck.report.Format;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;

/** Option converters and output handling shared by the commands. */
final class Options {
  private Options() {}

  /** Writes {@code content} to {@code output} if given, else to the command's standard output. */
  static void emit(CommandSpec spec, Path output, String content) {
    if (output != null) {
      OutputFile.write(output, content);
    } else {
      PrintWriter out = spec.commandLine().getOut();
      out.print(content);
      out.flush();
    }
  }

  /** The bundled ontology, with what the RDF or claims files in {@code paths} declare. */
  static Graph known(List<Path> paths) {
    return paths.isEmpty()
        ? BundledResources.ontology()
        : RdfLoader.loadWithOntology(paths).graph();
  }

  /** {@code contradiction} or {@code tension}. */
  /** The longest {@code --timeout} accepted: a year, far beyond any run, and no overflow. */
  static final long MAX_TIMEOUT_SECONDS = 365L * 24 * 60 * 60;

  /** {@code --timeout SECONDS} as a duration, a usage error outside 1 second to a year. */
  static Duration timeout(CommandSpec spec, long seconds) {
    if (seconds < 1 || seconds > MAX_TIMEOUT_SECONDS) {
      throw new ParameterException(
          spec.commandLine(),
          "--timeout must be from 1 to "
              + MAX_TIMEOUT_SECONDS
              + " seconds (a year), not "
              + seconds);
    }
    return Duration.ofSeconds(seconds);
  }

  /** An output file; {@code -} is standard output (null, as when the option is not given). */
  static final class OutputConverter implements ITypeConverter<Path> {
    @Override
    public Path convert(String value) {
      return value.equals("-") ? null : Path.of(value);
    }
  }

  static final class SeverityConverter implements ITypeConverter<Severity> {
    @Override
    public Severity convert(String value) {
      return Severity.fromId(value.toLowerCase(Locale.ROOT))
          .orElseThrow(
              () ->
                  new TypeConversionException(
                      "'"
                          + value
                          + "' is not a severity (expected one of: "
                          + Arrays.stream(Severity.values())
                              .map(Severity::id)
                              .collect(Collectors.joining(", "))
                          + ")"));
    }
  }

  /** A {@link Format} by its lower-case name. */
  static final class FormatConverter implements ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      return format(value, Format.values());
    }
  }

  /** A {@link Format} of a report, any but text (which lists findings only). */
  static final class ReportFormatConverter implements ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      return format(
          value,
          Arrays.stream(Format.values()).filter(f -> f != Format.TEXT).toArray(Format[]::new));
    }
  }

  private static Format format(String value, Format... allowed) {
    return Arrays.stream(allowed)
        .filter(f -> f.id().equals(value.toLowerCase(Locale.ROOT)))
        .findFirst()
        .orElseThrow(
            () ->
                new TypeConversionException(
                    "'"
                        + value
                        + "' is not a format (expected one of: "
                        + Arrays.stream(allowed).map(Format::id).collect(Collectors.joining(", "))
                        + ")"));
  }
}
