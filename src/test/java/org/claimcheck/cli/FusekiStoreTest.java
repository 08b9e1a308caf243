package org.claimcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A real Fuseki server on a free loopback port, configured as claimcheck expects (TDB2, queries
 * over the union of the named graphs): load into it, then check and query it.
 */
class FusekiStoreTest {
  private static FusekiServer server;
  private static String url;

  @BeforeAll
  static void start() {
    DatasetGraph dataset = DatabaseMgr.createDatasetGraph();
    dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
    server = FusekiServer.create().loopback(true).port(0).add("/claims", dataset).build().start();
    url = "http://127.0.0.1:" + server.getHttpPort() + "/claims";
    CliRun.run("load", "facts", "--endpoint", url).assertExit(ExitCode.OK);
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  @Test
  void checkOnTheServerFindsWhatTheInMemoryCheckFinds() throws Exception {
    CliRun remote =
        CliRun.run("check", "--endpoint", url, "--format", "json").assertExit(ExitCode.FINDINGS);
    CliRun local = CliRun.run("check", "--format", "json").assertExit(ExitCode.FINDINGS);
    ObjectMapper json = new ObjectMapper();
    assertThat(json.readTree(remote.out())).isEqualTo(json.readTree(local.out()));
  }

  @Test
  void loadingAgainAddsNothingAndQueriesSeeEveryGraph() {
    String before = StoreCommandsTest.count("--endpoint", url);
    CliRun.run("load", "facts", "--endpoint", url).assertExit(ExitCode.OK);
    assertThat(StoreCommandsTest.count("--endpoint", url))
        .isEqualTo(before)
        .isEqualTo(StoreCommandsTest.count());
    CliRun.run("validate", "--endpoint", url).assertExit(ExitCode.OK);
  }

  @Test
  void queriesGiveTheInMemoryResultInEveryFormat() {
    for (QueryFormatsTest.Case c : QueryFormatsTest.cases()) {
      CliRun remote = CliRun.run(c.args("--endpoint", url)).assertExit(ExitCode.OK);
      c.assertSameAsInMemory(remote.out());
    }
  }

  @Test
  void updatesAreRefusedBeforeReachingTheServer() {
    String before = StoreCommandsTest.count("--endpoint", url);
    CliRun.run("query", "--endpoint", url, "CLEAR ALL")
        .assertExit(ExitCode.BAD_INPUT)
        .assertOneLineError();
    assertThat(StoreCommandsTest.count("--endpoint", url)).isEqualTo(before);
  }

  @Test
  void aServerThatIsDownFailsOrAnswersBadlyIsUnavailable() throws Exception {
    HttpServer bad =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    respond(bad, "/error", 500, "text/plain", "boom");
    respond(bad, "/html", 200, "text/html", "<html><body>login</body></html>");
    respond(
        bad,
        "/cut",
        200,
        "application/sparql-results+json",
        "{\"head\":{\"vars\":[\"n\"]},\"results\":{\"bindings\":[{\"n\":");
    bad.start();
    String base = "http://user:secret@127.0.0.1:" + bad.getAddress().getPort();
    try {
      for (String path : List.of("/error", "/html", "/cut")) {
        CliRun run = CliRun.run("query", "--endpoint", base + path, StoreCommandsTest.COUNT);
        run.assertExit(ExitCode.STORE_UNAVAILABLE).assertOneLineError();
        assertThat(run.errorMessage())
            .as("%s", run)
            .startsWith("http://127.0.0.1:" + bad.getAddress().getPort() + path + ": ")
            .doesNotContain("secret");
      }
    } finally {
      bad.stop(0);
    }
    CliRun down =
        CliRun.run("check", "--endpoint", "http://127.0.0.1:" + freePortNoServer() + "/ds");
    down.assertExit(ExitCode.STORE_UNAVAILABLE).assertOneLineError();
    assertThat(down.errorMessage()).contains("cannot connect");
  }

  private static int freePortNoServer() throws Exception {
    try (java.net.ServerSocket socket =
        new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private static void respond(
      HttpServer server, String path, int status, String type, String body) {
    server.createContext(
        path,
        exchange -> {
          byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", type);
          exchange.sendResponseHeaders(status, bytes.length);
          exchange.getResponseBody().write(bytes);
          exchange.close();
        });
  }
}
