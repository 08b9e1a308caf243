package org.claimcheck.cli;

import static org.claimcheck.error.ClaimcheckException.badInput;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.claimcheck.Claimcheck;
import org.claimcheck.error.Utf8;
import org.claimcheck.query.QueryFormat;
import org.claimcheck.query.QueryRequest;
import org.claimcheck.query.QueryRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code claimcheck query 'SPARQL'}: runs a read-only SPARQL query and prints its result. */
@Command(
    name = "query",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Runs one SPARQL 1.1 query (SELECT, ASK, CONSTRUCT or DESCRIBE) over fact files (--data,"
          + " default facts, read with the bundled ontology), a TDB2 store or an endpoint.",
      "The ontology's prefixes (cc, rdf, rdfs, owl, xsd, prov, skos, time, dcterms) are declared."
          + " SPARQL Update is refused (exit 3), and so is SERVICE unless --allow-service.",
      "Formats: SELECT and ASK as table (default), csv, tsv, json, xml; CONSTRUCT and DESCRIBE as"
          + " turtle (default), ntriples, jsonld."
    })
final class QueryCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin StoreOptions storeOptions;

  @Parameters(
      paramLabel = "QUERY",
      arity = "0..1",
      description = "The SPARQL query text (or use --file).")
  String text;

  @Option(
      names = "--file",
      paramLabel = "FILE",
      description = "Read the query from FILE (UTF-8); - reads standard input.")
  Path file;

  @Option(
      names = "--data",
      paramLabel = "PATH",
      description = "An RDF file or directory to query in memory; repeatable (default: facts).")
  List<Path> data;

  @Option(
      names = "--param",
      paramLabel = "NAME=VALUE",
      description =
          "Bind variable NAME to VALUE, one RDF term in Turtle syntax: <iri>, prefix:name,"
              + " \"text\", \"text\"@en, \"5\"^^xsd:integer, 42; repeatable.")
  List<String> params = List.of();

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      converter = FormatConverter.class,
      description =
          "table, csv, tsv, json, xml (SELECT, ASK); turtle, ntriples, jsonld (CONSTRUCT, DESCRIBE).")
  QueryFormat format;

  @Mixin OutputOption output;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      defaultValue = "60",
      description = "Stop the query after SECONDS (default: ${DEFAULT-VALUE}); exit 5.")
  long timeoutSeconds;

  @Option(
      names = "--max-rows",
      paramLabel = "N",
      defaultValue = "10000",
      description =
          "Write at most N rows (SELECT) or triples (CONSTRUCT, DESCRIBE) (default: ${DEFAULT-VALUE});"
              + " a longer result is cut off, said on stderr and, in json and xml, marked in the head.")
  long maxRows;

  @Option(names = "--allow-service", description = "Allow SERVICE calls to other hosts.")
  boolean allowService;

  @Override
  public Integer call() {
    if ((text == null) == (file == null)) {
      throw new ParameterException(
          spec.commandLine(), "give the query as QUERY or with --file, not both or neither");
    }
    if (maxRows < 1) {
      throw new ParameterException(spec.commandLine(), "--max-rows must be at least 1");
    }
    Duration timeout = Options.timeout(spec, timeoutSeconds);
    QueryRequest request =
        new QueryRequest(
            file == null ? text : read(file),
            file == null
                ? "query"
                : file.toString().equals("-") ? StandardInput.SHOWN : file.toString(),
            storeOptions.resolve(
                spec, data == null ? List.of(Path.of("facts")) : data, data != null),
            params,
            timeout,
            allowService,
            Optional.ofNullable(format),
            maxRows);
    QueryRunner.Output result = Claimcheck.query(request);
    output.emit(spec, result.text());
    if (result.truncated()) {
      PrintWriter err = spec.commandLine().getErr();
      err.println(
          "claimcheck: the result was cut off after "
              + maxRows
              + " rows or triples"
              + " (raise the limit with --max-rows N)");
      err.flush();
    }
    return ExitCode.OK.code();
  }

  private static String read(Path file) {
    try {
      if (file.toString().equals("-")) {
        return Utf8.decode(StandardInput.SHOWN, System.in.readAllBytes());
      }
      return Utf8.decode(file.toString(), Files.readAllBytes(file));
    } catch (IOException e) {
      throw badInput(file + ": cannot read: " + e.getMessage());
    }
  }

  /** A {@link QueryFormat} by its lower-case name. */
  static final class FormatConverter implements ITypeConverter<QueryFormat> {
    @Override
    public QueryFormat convert(String value) {
      return QueryFormat.fromId(value)
          .orElseThrow(
              () ->
                  new TypeConversionException(
                      "'"
                          + value
                          + "' is not a query format (expected one of: table, csv, tsv, json, xml,"
                          + " turtle, ntriples, jsonld)"));
    }
  }
}
