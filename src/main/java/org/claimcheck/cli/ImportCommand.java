package org.claimcheck.cli;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.claimcheck.io.ClaimsFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code claimcheck import FILE.json}: writes the RDF (Turtle) of a JSON claims file. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Reads an article and its claims from a JSON claims file and writes them as RDF (Turtle),"
          + " modelled as the facts in facts/articles/ are.",
      "Actors, places and event types are resolved by IRI, prefixed name or any English or"
          + " Arabic label or alias, against the bundled ontology and the actors.ttl and"
          + " places.ttl of --facts, and the event types, actors and places the file declares."
          + " Dates may be relative to the publication date. Every quote must occur in the article"
          + " text (typographic and Arabic spelling variants aside).",
      "check, validate, report and load read .json claims files directly as well; their names"
          + " resolve against the other files named in the same command."
    })
final class ImportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "The JSON claims file.")
  Path file;

  @Mixin OutputOption output;

  @Option(
      names = "--facts",
      paramLabel = "DIR",
      defaultValue = "facts",
      description =
          "The facts directory whose actors.ttl and places.ttl names resolve against"
              + " (default: ${DEFAULT-VALUE}).")
  Path facts;

  @Override
  public Integer call() {
    // cc:textFile is relative to where the Turtle will live: beside --output, else beside the JSON.
    Path where = output.output != null ? output.output : file;
    Path rdfDir = where.toAbsolutePath().getParent();
    Graph graph = ClaimsFiles.read(file, facts, rdfDir).graph();
    StringWriter turtle = new StringWriter();
    RDFDataMgr.write(turtle, graph, RDFFormat.TURTLE_PRETTY);
    output.emit(spec, turtle.toString());
    return ExitCode.OK.code();
  }
}
