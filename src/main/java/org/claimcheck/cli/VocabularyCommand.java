package org.claimcheck.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.compose.Union;
import org.claimcheck.claimsjson.TermKind;
import org.claimcheck.claimsjson.Vocabulary;
import org.claimcheck.claimsjson.VocabularyListing;
import org.claimcheck.io.BundledResources;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code claimcheck vocabulary}: the names a claims file may use. */
@Command(
    name = "vocabulary",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Lists the names a claims file may use: event types, roles, polarities, modalities, units,"
          + " exactness forms, kinds of source, actor and place, and the actors and places (the"
          + " bundled countries and regions, and the first-level subdivisions of ISO 3166-2), each"
          + " with its prefixed name, labels, aliases and comment.",
      "A claims file may write any of these forms; case and Arabic spelling variants do not"
          + " matter. With PATHS, the event types, actors and places that those RDF or claims files"
          + " declare are listed too.",
      "Examples:%n"
          + "  claimcheck vocabulary --kind role%n"
          + "  claimcheck vocabulary --kind event-type --match withdraw%n"
          + "  claimcheck vocabulary --kind actor facts my-article.json"
    })
final class VocabularyCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "PATHS",
      arity = "0..*",
      description =
          "RDF or JSON claims files, or directories of them, whose declarations to list too.")
  List<Path> paths = new ArrayList<>();

  @Option(
      names = "--kind",
      paramLabel = "KIND",
      split = ",",
      converter = KindConverter.class,
      description = "Only these kinds (comma-separated): ${COMPLETION-CANDIDATES}.",
      completionCandidates = Kinds.class)
  List<TermKind> kinds = new ArrayList<>();

  @Option(
      names = "--match",
      paramLabel = "WORDS",
      defaultValue = "",
      description =
          "Only the terms one of whose names holds WORDS (case and Arabic spelling aside).")
  String match;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text (default) or json.")
  String format;

  @Mixin OutputOption output;

  @Override
  public Integer call() {
    boolean json =
        switch (format) {
          case "text" -> false;
          case "json" -> true;
          default ->
              throw new picocli.CommandLine.ParameterException(
                  spec.commandLine(),
                  "--format: '" + format + "' is not a format (expected one of: text, json)");
        };
    Graph known = Options.known(paths);
    // The ISO 3166-2 subdivisions are not in the ontology, but a claims file may name them.
    Vocabulary vocabulary = Vocabulary.of(new Union(known, BundledResources.subdivisions()));
    List<TermKind> selected = kinds.isEmpty() ? List.of(TermKind.values()) : kinds;
    String words = match.strip();
    output.emit(
        spec,
        json
            ? VocabularyListing.json(vocabulary, selected, words)
            : VocabularyListing.text(vocabulary, selected, words));
    return ExitCode.OK.code();
  }

  /** The kinds' command-line names, for help and completion. */
  static final class Kinds extends ArrayList<String> {
    private static final long serialVersionUID = 1L;

    Kinds() {
      super(Arrays.stream(TermKind.values()).map(k -> k.id).toList());
    }
  }

  /** A {@link TermKind} by its command-line name. */
  static final class KindConverter implements ITypeConverter<TermKind> {
    @Override
    public TermKind convert(String value) {
      return TermKind.byId(value.strip())
          .orElseThrow(
              () ->
                  new TypeConversionException(
                      "'" + value + "' is not a kind (expected one of: " + TermKind.ids() + ")"));
    }
  }
}
