package org.claimcheck.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.claimcheck.Claimcheck;
import org.claimcheck.LoadRequest;
import org.claimcheck.store.LoadResult;
import org.claimcheck.store.StoreGraphs;
import org.claimcheck.store.StoreSpec;
import org.claimcheck.validate.ValidationResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code claimcheck load PATHS... (--store DIR | --endpoint URL)}: puts facts into a store. */
@Command(
    name = "load",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Loads RDF files (.ttl .nt .nq .trig .rdf .owl .jsonld, each also as .gz or .bz2) and JSON claims files (.json),"
          + " directories recursively, into a TDB2 store (created if missing) or a SPARQL endpoint, with the bundled ontology.",
      "All files are parsed first; the store then changes in one transaction, so an error leaves"
          + " it as it was. Triples go to --graph, else to "
          + StoreGraphs.FACTS
          + " (named graphs"
          + " of TriG and N-Quads keep their names). Blank nodes become IRIs made from the file's"
          + " content, so loading a file again adds nothing; --replace empties each graph written"
          + " first (use it after editing a file).",
      "A TDB2 store that fits in memory is then validated against the bundled shapes; when it"
          + " conforms, the store records it, so that check and report skip the validation until"
          + " its content changes (by any tool). A store that does not conform is kept, with a"
          + " warning: check refuses it until it is fixed."
    })
final class LoadCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin StoreOptions storeOptions;

  @Parameters(
      paramLabel = "PATHS",
      arity = "1..*",
      description = "RDF files or directories to load.")
  List<Path> paths;

  @Option(
      names = "--update-endpoint",
      paramLabel = "URL",
      description =
          "Where SPARQL Update requests go (default: the --endpoint URL with a final /query or"
              + " /sparql replaced by /update, else the --endpoint URL itself, as for Fuseki; when"
              + " the /update of a /sparql URL answers 404, the /sparql URL, where Virtuoso takes"
              + " updates).")
  String updateEndpoint;

  @Option(
      names = "--graph",
      paramLabel = "IRI",
      description = "Load everything into the named graph IRI.")
  String graph;

  @Option(names = "--replace", description = "Empty each graph written before writing it.")
  boolean replace;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      defaultValue = "300",
      description =
          "With --endpoint: stop if the server has not taken the update, its answer included, after"
              + " SECONDS (default: ${DEFAULT-VALUE}); exit 5. A load into a TDB2 store has no limit.")
  long timeoutSeconds;

  @Override
  public Integer call() {
    if (updateEndpoint != null && storeOptions.endpoint == null) {
      throw new ParameterException(spec.commandLine(), "--update-endpoint needs --endpoint");
    }
    Duration timeout = Options.timeout(spec, timeoutSeconds);
    StoreSpec target =
        storeOptions
            .store(spec, Optional.ofNullable(updateEndpoint))
            .orElseThrow(
                () ->
                    new ParameterException(
                        spec.commandLine(), "load needs --store DIR or --endpoint URL"));
    if (target instanceof StoreSpec.Remote remote) {
      target = new StoreSpec.Remote(remote.endpoint().withUpdateTimeout(timeout));
    } else if (spec.commandLine().getParseResult().hasMatchedOption("--timeout")) {
      throw new ParameterException(
          spec.commandLine(),
          "--timeout applies to a load into an --endpoint (a TDB2 load is one transaction, never stopped half-way)");
    }
    PrintWriter err = spec.commandLine().getErr();
    LoadResult result =
        Claimcheck.load(
            new LoadRequest(
                target,
                StandardInput.resolve(paths, System.in),
                Optional.ofNullable(graph).map(this::absoluteIri),
                replace,
                line -> {
                  err.println("claimcheck: " + line);
                  err.flush();
                }));
    PrintWriter out = spec.commandLine().getOut();
    out.printf(
        Locale.ROOT,
        "%d %s, %d %s into %s%n",
        result.files().size(),
        result.files().size() == 1 ? "file" : "files",
        result.triples(),
        result.triples() == 1 ? "triple" : "triples",
        result.graphs().isEmpty() ? "no graph" : String.join(", ", result.graphs()));
    if (result.draftsLeftOut() > 0) {
      out.printf(
          Locale.ROOT,
          "drafts: %d draft %s left out ('claimcheck validate' lists what %s)%n",
          result.draftsLeftOut(),
          result.draftsLeftOut() == 1 ? "claim" : "claims",
          result.draftsLeftOut() == 1 ? "it lacks" : "they lack");
    }
    out.printf(
        Locale.ROOT,
        "ontology: %d triples into %s%n",
        result.ontologyTriples(),
        StoreGraphs.ONTOLOGY);
    out.flush();
    Optional<ValidationResult> validated = Claimcheck.validateLoaded(target, result);
    if (target instanceof StoreSpec.Tdb2 tdb2 && validated.isPresent()) {
      ValidationResult validation = validated.get();
      if (validation.conforms()) {
        out.println(
            "shapes: the store conforms (recorded in the store: check skips the validation)");
      } else {
        err.println(
            "claimcheck: warning: the store does not conform to the shapes ("
                + validation.violations().size()
                + " violations), and check refuses it until it does;"
                + " 'claimcheck validate --store "
                + tdb2.dir()
                + "' lists them");
      }
    }
    out.flush();
    err.flush();
    return ExitCode.OK.code();
  }

  private String absoluteIri(String iri) {
    try {
      if (new URI(iri).isAbsolute()) {
        return iri;
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    throw new ParameterException(spec.commandLine(), "--graph " + iri + ": not an absolute IRI");
  }
}
