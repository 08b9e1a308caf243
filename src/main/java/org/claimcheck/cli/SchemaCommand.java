package org.claimcheck.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Graph;
import org.claimcheck.claimsjson.ClaimsSchema;
import org.claimcheck.claimsjson.Vocabulary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code claimcheck schema}: the JSON Schema of claims files, with the vocabulary in it, for
 * editors.
 */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Writes the JSON Schema of claims files with the current vocabulary in it: the event types,"
          + " roles, polarities, modalities, units, exactness forms and kinds as enums described by"
          + " their labels and comments, and the actors and places as suggestions. An editor that"
          + " reads JSON Schema (VS Code, JetBrains, Neovim with a JSON language server) then"
          + " completes these names and marks a wrong one as you type.",
      "With PATHS, the event types, actors and places those RDF or claims files declare are"
          + " included; write the schema again after declaring new ones.",
      "To use it, name it in the claims file's first member:%n"
          + "  claimcheck schema --output claims.schema.json facts%n"
          + "  { \"$schema\": \"./claims.schema.json\", \"article\": ... }"
    })
final class SchemaCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "PATHS",
      arity = "0..*",
      description =
          "RDF or JSON claims files, or directories of them, whose declarations to include.")
  List<Path> paths = new ArrayList<>();

  @Mixin OutputOption output;

  @Override
  public Integer call() {
    Graph known = Options.known(paths);
    output.emit(spec, ClaimsSchema.write(Vocabulary.of(known)));
    return ExitCode.OK.code();
  }
}
