package org.claimcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;
import org.claimcheck.io.BundledResources;
import org.claimcheck.store.HoldStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code load}, {@code query}, {@code check} and {@code validate} over a TDB2 store on disk. */
class StoreCommandsTest {
  static final String COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }";

  @TempDir Path tmp;

  static String count(String... storeArgs) {
    String[] args = new String[storeArgs.length + 4];
    args[0] = "query";
    System.arraycopy(storeArgs, 0, args, 1, storeArgs.length);
    args[storeArgs.length + 1] = COUNT;
    args[storeArgs.length + 2] = "--format";
    args[storeArgs.length + 3] = "csv";
    return CliRun.run(args).assertExit(ExitCode.OK).out();
  }

  @Test
  void loadsThenAnotherProcessQueriesAndChecksTheStore() throws Exception {
    Path store = tmp.resolve("db");
    CliRun load = CliRun.run("load", "facts", "--store", store.toString()).assertExit(ExitCode.OK);
    assertThat(load.out())
        .as("%s", load)
        .startsWith("3 files, 539 triples into https://w3id.org/claimcheck/graph/facts\n");

    CliRun query =
        JavaProcess.claimcheck("query", "--store", store.toString(), COUNT, "--format", "csv");
    query.assertExit(ExitCode.OK);
    long triples = 539 + BundledResources.ontology().size();
    assertThat(query.out()).as("%s", query).isEqualTo("n\r\n" + triples + "\r\n");

    CliRun inStore = CliRun.run("check", "--store", store.toString()).assertExit(ExitCode.FINDINGS);
    CliRun inMemory = CliRun.run("check").assertExit(ExitCode.FINDINGS);
    assertThat(inStore.out()).isEqualTo(inMemory.out());
    CliRun validate = CliRun.run("validate", "--store", store.toString()).assertExit(ExitCode.OK);
    assertThat(validate.out()).isEqualTo(triples + " triples: conforms\n");
  }

  @Test
  void countsAreWrittenInAsciiDigitsUnderAnArabicLocale() {
    java.util.Locale before = java.util.Locale.getDefault();
    java.util.Locale.setDefault(java.util.Locale.forLanguageTag("ar-EG"));
    try {
      Path store = tmp.resolve("db");
      CliRun load =
          CliRun.run("load", "facts", "--store", store.toString()).assertExit(ExitCode.OK);
      assertThat(load.out())
          .as("%s", load)
          .startsWith("3 files, 539 triples into https://w3id.org/claimcheck/graph/facts\n")
          .contains("ontology: " + BundledResources.ontology().size() + " triples");
      CliRun check = CliRun.run("check", "--store", store.toString()).assertExit(ExitCode.FINDINGS);
      assertThat(check.out()).contains("7 findings").doesNotContainPattern("[\u0660-\u0669]");
    } finally {
      java.util.Locale.setDefault(before);
    }
  }

  @Test
  void loadRecordsThatTheStoreConformsAndTheRecordHoldsOnlyForThatContent() {
    Path store = tmp.resolve("db");
    CliRun load = CliRun.run("load", "facts", "--store", store.toString()).assertExit(ExitCode.OK);
    assertThat(load.out())
        .as("%s", load)
        .endsWith(
            "\nshapes: the store conforms (recorded in the store: check skips the validation)\n");
    assertThat(store.resolve("claimcheck-conformance.txt")).exists();
    CliRun.run("check", "--store", store.toString()).assertExit(ExitCode.FINDINGS);

    // Another tool adds an assertion with nothing but its type: the record no longer holds.
    DatasetGraph dataset = DatabaseMgr.connectDatasetGraph(store.toString());
    Txn.executeWrite(
        dataset,
        () ->
            dataset.add(
                NodeFactory.createURI("https://w3id.org/claimcheck/graph/facts"),
                NodeFactory.createURI("https://example.org/bare-assertion"),
                RDF.type.asNode(),
                NodeFactory.createURI("https://w3id.org/claimcheck#Assertion")));
    TDBInternal.expel(dataset);
    CliRun check = CliRun.run("check", "--store", store.toString()).assertExit(ExitCode.BAD_INPUT);
    check.assertOneLineError();
    assertThat(check.errorMessage())
        .as("%s", check)
        .startsWith("the facts do not conform to the shapes (")
        .contains("<https://example.org/bare-assertion>");
  }

  @Test
  void loadingDataThatDoesNotConformWarnsAndRecordsNothing() {
    Path store = tmp.resolve("db");
    CliRun load =
        CliRun.run(
                "load",
                "src/test/resources/fixtures/validate/broken.ttl",
                "--store",
                store.toString())
            .assertExit(ExitCode.OK);
    assertThat(load.err())
        .as("%s", load)
        .isEqualTo(
            "claimcheck: warning: the store does not conform to the shapes (3 violations), and check refuses it"
                + " until it does; 'claimcheck validate --store "
                + store
                + "' lists them\n");
    assertThat(load.out()).doesNotContain("shapes:");
    assertThat(store.resolve("claimcheck-conformance.txt")).doesNotExist();
    CliRun.run("check", "--store", store.toString())
        .assertExit(ExitCode.BAD_INPUT)
        .assertOneLineError();
    CliRun.run("validate", "--store", store.toString()).assertExit(ExitCode.FINDINGS);
  }

  @Test
  void loadingTwiceAddsNothingAndReplaceEmptiesTheGraphFirst() {
    String store = tmp.resolve("db").toString();
    CliRun.run("load", "facts", "--store", store).assertExit(ExitCode.OK);
    String once = count("--store", store);
    CliRun.run("load", "facts", "--store", store).assertExit(ExitCode.OK);
    assertThat(count("--store", store)).isEqualTo(once);
    CliRun.run("load", "facts/places.ttl", "--store", store, "--replace").assertExit(ExitCode.OK);
    assertThat(count("--store", store)).isEqualTo(count("--data", "facts/places.ttl"));
  }

  @Test
  void aLoadThatFailsHalfWayLeavesTheStoreUnchanged() throws Exception {
    String store = tmp.resolve("db").toString();
    CliRun.run("load", "facts/actors.ttl", "--store", store).assertExit(ExitCode.OK);
    String before = count("--store", store);
    Path bad = tmp.resolve("in");
    Files.createDirectories(bad);
    Files.copy(Path.of("facts/places.ttl"), bad.resolve("a.ttl"));
    Files.writeString(bad.resolve("b.ttl"), "<a:s> <a:p> <a:o> .\n<a:s> <a:p> \"unterminated .\n");
    CliRun failed =
        CliRun.run("load", bad.toString(), "--store", store, "--replace")
            .assertExit(ExitCode.BAD_INPUT);
    failed.assertOneLineError();
    assertThat(failed.errorMessage()).startsWith(bad.resolve("b.ttl") + ":");
    assertThat(count("--store", store)).isEqualTo(before);
  }

  @Test
  void aStoreHeldByAnotherProcessIsUnavailable() throws Exception {
    String store = tmp.resolve("db").toString();
    CliRun.run("load", "facts/places.ttl", "--store", store).assertExit(ExitCode.OK);
    Process holder =
        JavaProcess.builder(HoldStore.class.getName(), List.of(store))
            .redirectErrorStream(true)
            .start();
    try {
      BufferedReader lines =
          new BufferedReader(
              new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
      assertThat(lines.readLine()).isEqualTo("holding");
      for (String[] args :
          List.of(
              new String[] {"load", "facts/actors.ttl", "--store", store},
              new String[] {"query", "--store", store, COUNT},
              new String[] {"check", "--store", store})) {
        CliRun run = CliRun.run(args).assertExit(ExitCode.STORE_UNAVAILABLE);
        run.assertOneLineError();
        assertThat(run.errorMessage())
            .as("%s", run)
            .startsWith(store + ": cannot open the TDB2 store: ");
      }
    } finally {
      holder.getOutputStream().close();
      holder.waitFor();
    }
    assertThat(Path.of(store, "tdb.lock")).exists();
    count("--store", store);
  }

  @Test
  void readingAMissingStoreIsUnavailableAndCreatesNothing() {
    Path missing = tmp.resolve("missing");
    CliRun run =
        CliRun.run("check", "--store", missing.toString()).assertExit(ExitCode.STORE_UNAVAILABLE);
    run.assertOneLineError();
    assertThat(missing).doesNotExist();
  }

  @Test
  void storeOptionsAreExclusiveAndDoNotTakeFactPaths() {
    String store = tmp.resolve("db").toString();
    for (String[] args :
        List.of(
            new String[] {"check", "facts", "--store", store},
            new String[] {"validate", "facts", "--store", store},
            new String[] {"check", "--store", store, "--endpoint", "http://127.0.0.1:1/ds"},
            new String[] {"query", "--data", "facts", "--store", store, COUNT},
            new String[] {"load", "facts"},
            new String[] {
              "load", "facts", "--store", store, "--update-endpoint", "http://127.0.0.1:1/u"
            },
            new String[] {"load", "facts", "--store", store, "--graph", "relative"},
            new String[] {"check", "--endpoint", "ftp://example.org/sparql"})) {
      CliRun.run(args).assertExit(ExitCode.USAGE).assertOneLineError();
    }
    assertThat(Path.of(store)).doesNotExist();
  }

  @Test
  void namedGraphsAreQueried() {
    String store = tmp.resolve("db").toString();
    CliRun.run("load", "facts/places.ttl", "--store", store, "--graph", "https://example.org/g")
        .assertExit(ExitCode.OK);
    CliRun run =
        CliRun.run(
            "query",
            "--store",
            store,
            "--format",
            "csv",
            "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <https://example.org/g> { ?s ?p ?o } FILTER EXISTS { ?s ?p ?o } }");
    assertThat(run.assertExit(ExitCode.OK).out()).isEqualTo("n\r\n27\r\n");
  }
}
