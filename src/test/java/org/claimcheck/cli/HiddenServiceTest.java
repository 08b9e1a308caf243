package org.claimcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.claimcheck.LoopbackServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code SERVICE} is refused wherever a query or a rule hides it, before anything runs: the
 * loopback server it names hears nothing.
 */
class HiddenServiceTest {
  private LoopbackServer server;
  private String service;

  @BeforeEach
  void startServer() throws IOException {
    server = new LoopbackServer();
    server.on("/", exchange -> exchange.sendResponseHeaders(500, -1));
    service = "SERVICE <" + server.url("/sparql") + "> { ?s ?p ?o }";
  }

  @AfterEach
  void stopServer() {
    server.close();
  }

  /** Every place of a SELECT where a graph pattern, and so a SERVICE, may stand. */
  private List<String> hidingPlaces() {
    return List.of(
        "SELECT * WHERE { " + service + " }",
        "SELECT * WHERE { SERVICE SILENT <http://127.0.0.1:1/x> { ?s ?p ?o } }",
        "SELECT * WHERE { { SELECT ?s WHERE { " + service + " } } }",
        "SELECT * WHERE { ?a ?b ?c FILTER EXISTS { " + service + " } }",
        "SELECT * WHERE { ?a ?b ?c FILTER NOT EXISTS { " + service + " } }",
        "SELECT * WHERE { ?a ?b ?c BIND(EXISTS { " + service + " } AS ?x) }",
        "SELECT (EXISTS { " + service + " } AS ?x) WHERE { ?a ?b ?c }",
        "SELECT ?a WHERE { ?a ?b ?c } ORDER BY (EXISTS { " + service + " })",
        "SELECT ?a WHERE { ?a ?b ?c } GROUP BY ?a HAVING (EXISTS { " + service + " })",
        "SELECT * WHERE { ?a ?b ?c OPTIONAL { " + service + " } }",
        "SELECT * WHERE { { ?a ?b ?c } UNION { " + service + " } }",
        "SELECT * WHERE { ?a ?b ?c MINUS { " + service + " } }",
        "SELECT * WHERE { GRAPH ?g { " + service + " } }",
        "SELECT * WHERE { ?a ?b ?c FILTER EXISTS { { SELECT ?s WHERE { ?s ?p ?o FILTER NOT EXISTS { "
            + service
            + " } } } } }",
        "ASK { ?a ?b ?c FILTER EXISTS { " + service + " } }",
        "CONSTRUCT { ?a ?b ?c } WHERE { ?a ?b ?c FILTER EXISTS { " + service + " } }");
  }

  @Test
  void aQueryThatHidesServiceIsRefusedBeforeItRuns() {
    for (String query : hidingPlaces()) {
      CliRun run = CliRun.run("query", "--data", "facts", query).assertExit(ExitCode.BAD_INPUT);
      assertThat(run.assertOneLineError().errorMessage())
          .as(query)
          .isEqualTo(
              "query: SERVICE calls other hosts and is refused (allow it with --allow-service)");
    }
    assertThat(server.requests).isEmpty();
  }

  @Test
  void aRuleThatHidesServiceIsRefusedBeforeAnyRuleRuns(@TempDir Path rules) throws IOException {
    Path rule = rules.resolve("hidden.rq");
    Files.writeString(
        rule,
        """
        # id: hidden
        # title: A rule that reaches out
        # category: negation
        # severity: tension
        # description: Hides a SERVICE in a filter.
        SELECT ?a ?b ?typeA ?typeB ?agentA ?agentB ?placeA ?placeB
        WHERE { ?a ?typeA ?b FILTER EXISTS { %s } }
        ORDER BY ?a
        """
            .formatted(service));
    CliRun run = CliRun.run("check", "--rules", rules.toString()).assertExit(ExitCode.BAD_INPUT);
    assertThat(run.assertOneLineError().errorMessage())
        .isEqualTo(rule + ": rules may not use SERVICE (a rule must not reach other hosts)");
    assertThat(server.requests).isEmpty();
  }

  @Test
  void aQueryWithoutServiceRuns() {
    CliRun run =
        CliRun.run(
                "query",
                "--data",
                "facts",
                "ASK { ?a ?b ?c FILTER EXISTS { { SELECT ?s WHERE { ?s ?p ?o } LIMIT 1 } } }")
            .assertExit(ExitCode.OK);
    assertThat(run.out().strip()).isEqualTo("true");
  }
}
