package org.claimcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.resultset.ResultSetCompare;
import org.claimcheck.io.RdfLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code claimcheck query}: every output format parsed back with Jena and compared with the result
 * Jena gives directly over the same facts; refusals, parameters and the time limit.
 */
class QueryFormatsTest {
  static final String PREFIXES =
      "PREFIX cc: <https://w3id.org/claimcheck#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> ";
  static final String SELECT =
      "SELECT ?s ?quote WHERE { ?s a cc:Assertion ; cc:quote ?quote } ORDER BY ?s";
  static final String ASK = "ASK { ?s a cc:Assertion }";
  static final String CONSTRUCT =
      "CONSTRUCT { ?s rdfs:label ?l } WHERE { ?s a cc:Place ; rdfs:label ?l }";

  @TempDir Path tmp;

  /** One query in one format, and how to read its output back. */
  record Case(String query, String format, Lang lang, boolean graph) {
    String[] args(String... store) {
      List<String> args = new ArrayList<>(List.of("query", query, "--format", format));
      args.addAll(List.of(store));
      return args.toArray(String[]::new);
    }

    void assertSameAsInMemory(String output) {
      Graph data = RdfLoader.loadWithOntology(List.of(Path.of("facts"))).graph();
      var q = QueryFactory.create(PREFIXES + query);
      try (QueryExec exec = QueryExec.dataset(DatasetGraphFactory.wrap(data)).query(q).build()) {
        if (graph) {
          Graph expected = exec.construct();
          Graph actual = RDFParser.fromString(output, lang).toGraph();
          assertThat(actual.isIsomorphicWith(expected)).as("%s output:%n%s", this, output).isTrue();
        } else if (q.isAskType()) {
          boolean expected = exec.ask();
          assertThat(ResultSetMgr.readBoolean(stream(output), lang))
              .as("%s", this)
              .isEqualTo(expected);
        } else {
          ResultSet expected = ResultSet.adapt(exec.select().rewindable());
          ResultSet actual = ResultSetMgr.read(stream(output), lang);
          if (lang == ResultSetLang.RS_CSV) {
            // CSV keeps only the text of each term: compare that, row by row.
            assertThat(texts(actual)).as("%s", this).isEqualTo(texts(expected));
          } else {
            assertThat(ResultSetCompare.equalsByTerm(expected, actual))
                .as("%s output:%n%s", this, output)
                .isTrue();
          }
        }
      }
    }
  }

  private static List<List<String>> texts(ResultSet rows) {
    List<List<String>> texts = new ArrayList<>();
    rows.forEachRemaining(
        row ->
            texts.add(
                rows.getResultVars().stream()
                    .map(
                        v ->
                            row.get(v) == null
                                ? ""
                                : row.get(v).isLiteral()
                                    ? row.getLiteral(v).getLexicalForm()
                                    : row.get(v).toString())
                    .toList()));
    return texts;
  }

  private static ByteArrayInputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  static List<Case> cases() {
    List<Case> cases = new ArrayList<>();
    for (String[] f : new String[][] {{"csv"}, {"tsv"}, {"json"}, {"xml"}}) {
      Lang lang =
          switch (f[0]) {
            case "csv" -> ResultSetLang.RS_CSV;
            case "tsv" -> ResultSetLang.RS_TSV;
            case "json" -> ResultSetLang.RS_JSON;
            default -> ResultSetLang.RS_XML;
          };
      cases.add(new Case(SELECT, f[0], lang, false));
      if (lang != ResultSetLang.RS_CSV && lang != ResultSetLang.RS_TSV) {
        cases.add(new Case(ASK, f[0], lang, false));
      }
    }
    cases.add(new Case(CONSTRUCT, "turtle", Lang.TURTLE, true));
    cases.add(new Case(CONSTRUCT, "ntriples", Lang.NTRIPLES, true));
    cases.add(new Case(CONSTRUCT, "jsonld", Lang.JSONLD, true));
    return cases;
  }

  @Test
  void everyFormatReadsBackAsTheInMemoryResult() {
    for (Case c : cases()) {
      c.assertSameAsInMemory(CliRun.run(c.args()).assertExit(ExitCode.OK).out());
    }
  }

  @Test
  void theTableIsAlignedAndOutputGoesToAFile() throws Exception {
    Path file = tmp.resolve("out.txt");
    CliRun.run("query", ASK, "--output", file.toString()).assertExit(ExitCode.OK);
    assertThat(Files.readString(file)).isEqualTo("true\n");
    String table = CliRun.run("query", SELECT).assertExit(ExitCode.OK).out();
    assertThat(table.lines().map(String::length).distinct()).hasSize(1);
  }

  @Test
  void dashIsStandardInputForTheQueryAndStandardOutputForTheResult() throws Exception {
    java.io.InputStream before = System.in;
    try {
      System.setIn(new java.io.ByteArrayInputStream(ASK.getBytes(StandardCharsets.UTF_8)));
      CliRun run =
          CliRun.run("query", "--file", "-", "--output", "-", "--format", "csv")
              .assertExit(ExitCode.OK);
      assertThat(run.out()).isEqualTo("_askResult\r\ntrue\r\n");
      System.setIn(
          new java.io.ByteArrayInputStream(
              "SELECT ?s\nWHERE { ?s ?p }".getBytes(StandardCharsets.UTF_8)));
      CliRun broken = CliRun.run("query", "--file", "-").assertExit(ExitCode.BAD_INPUT);
      assertThat(broken.assertOneLineError().errorMessage()).startsWith("(standard input):2:");
    } finally {
      System.setIn(before);
    }
    assertThat(Path.of("-")).doesNotExist();
  }

  @Test
  void aParameterIsBoundByJenaNotPastedIn() {
    String query = "SELECT ?s WHERE { ?s a cc:Assertion ; cc:polarity ?p } ORDER BY ?s";
    CliRun run =
        CliRun.run("query", query, "--param", "p=cc:Denies", "--format", "csv")
            .assertExit(ExitCode.OK);
    assertThat(run.out().lines().count()).as("%s", run).isBetween(2L, 19L);
    CliRun hostile =
        CliRun.run("query", query, "--param", "p=\"x\" } ; DROP ALL ; { \"", "--format", "csv");
    hostile.assertExit(ExitCode.USAGE).assertOneLineError();
    CliRun literal =
        CliRun.run("query", query, "--param", "p=\"} UNION { ?s ?q ?o\"", "--format", "csv");
    assertThat(literal.assertExit(ExitCode.OK).out()).isEqualTo("s\r\n");
    assertThat(
            CliRun.run("query", query, "--param", "nope=1")
                .assertExit(ExitCode.USAGE)
                .assertOneLineError()
                .errorMessage())
        .isEqualTo("--param nope=1: the query has no variable ?nope");
  }

  @Test
  void updatesServiceSyntaxErrorsAndWrongFormatsAreRefused() throws Exception {
    for (String update :
        List.of("INSERT DATA { <a:s> <a:p> <a:o> }", "LOAD <file:///etc/passwd>", "CLEAR ALL")) {
      CliRun run = CliRun.run("query", update).assertExit(ExitCode.BAD_INPUT);
      assertThat(run.assertOneLineError().errorMessage()).contains("SPARQL Update is not allowed");
    }
    CliRun service =
        CliRun.run("query", "SELECT * WHERE { SERVICE <http://127.0.0.1:1/x> { ?s ?p ?o } }");
    assertThat(service.assertExit(ExitCode.BAD_INPUT).assertOneLineError().errorMessage())
        .contains("--allow-service");
    CliRun allowed =
        CliRun.run(
            "query",
            "--allow-service",
            "--timeout",
            "5",
            "SELECT * WHERE { SERVICE <http://127.0.0.1:1/x> { ?s ?p ?o } }");
    assertThat(allowed.exitCode())
        .as("%s", allowed)
        .isNotEqualTo(ExitCode.BAD_INPUT.code())
        .isNotEqualTo(0);
    Path file = tmp.resolve("q.rq");
    Files.writeString(file, "SELECT ?s\nWHERE { ?s ?p }\n");
    CliRun syntax = CliRun.run("query", "--file", file.toString()).assertExit(ExitCode.BAD_INPUT);
    assertThat(syntax.assertOneLineError().errorMessage()).startsWith(file + ":2:");
    assertThat(
            CliRun.run("query", SELECT, "--format", "turtle")
                .assertExit(ExitCode.USAGE)
                .assertOneLineError()
                .errorMessage())
        .startsWith("--format turtle does not fit a SELECT query (use table, csv");
    CliRun.run("query", SELECT, "--format", "yaml").assertExit(ExitCode.USAGE).assertOneLineError();
  }

  @Test
  void aRunawayQueryStopsAtTheTimeout() {
    CliRun run =
        CliRun.run(
            "query",
            "--timeout",
            "1",
            "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }");
    run.assertExit(ExitCode.TIMEOUT).assertOneLineError();
    assertThat(run.errorMessage())
        .isEqualTo(
            "query: the query did not finish within 1 s (raise the limit with --timeout SECONDS)");
  }

  @Test
  void aHugeResultIsCutOffAndMarked() throws Exception {
    String all = "SELECT ?s ?p ?o WHERE { ?s ?p ?o } ORDER BY ?s ?p ?o";
    CliRun csv =
        CliRun.run("query", all, "--format", "csv", "--max-rows", "5").assertExit(ExitCode.OK);
    assertThat(csv.out().split("\r\n")).as("%s", csv).hasSize(6);
    assertThat(csv.err())
        .as("%s", csv)
        .isEqualTo(
            "claimcheck: the result was cut off after 5 rows or triples (raise the limit with --max-rows N)\n");
    CliRun json =
        CliRun.run("query", all, "--format", "json", "--max-rows", "5").assertExit(ExitCode.OK);
    var tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.out());
    assertThat(tree.at("/results/bindings").size()).isEqualTo(5);
    assertThat(tree.at("/head/link/0").asText())
        .isEqualTo("https://w3id.org/claimcheck/query#truncated");
    CliRun xml =
        CliRun.run("query", all, "--format", "xml", "--max-rows", "5").assertExit(ExitCode.OK);
    assertThat(xml.out()).contains("<link href=\"https://w3id.org/claimcheck/query#truncated\"/>");
    CliRun graph =
        CliRun.run(
                "query", "CONSTRUCT WHERE { ?s ?p ?o }", "--format", "ntriples", "--max-rows", "7")
            .assertExit(ExitCode.OK);
    assertThat(graph.out().lines()).hasSize(7);
    CliRun whole = CliRun.run("query", all, "--format", "json").assertExit(ExitCode.OK);
    assertThat(whole.err()).isEmpty();
    assertThat(whole.out()).doesNotContain("truncated");
  }
}
