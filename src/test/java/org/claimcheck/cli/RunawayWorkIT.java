package org.claimcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Work that Jena cannot interrupt (a regular expression that backtracks for hours inside one row)
 * still ends at {@code --timeout} + 1 s with exit 5 and nothing half-written. In a JVM of its own:
 * the deadline ends the process.
 */
class RunawayWorkIT {
  private static final String RUNAWAY = "REGEX(\"" + "a".repeat(60) + "b\", \"(.*a){20}$\")";

  @Test
  void aRunawayRegularExpressionInAQueryEndsAtTheTimeout()
      throws IOException, InterruptedException {
    long start = System.nanoTime();
    CliRun run =
        JavaProcess.claimcheck(
            "query", "--timeout", "2", "SELECT * WHERE { BIND(" + RUNAWAY + " AS ?x) }");
    double seconds = (System.nanoTime() - start) / 1e9;
    run.assertExit(ExitCode.TIMEOUT);
    assertThat(run.assertOneLineError().errorMessage())
        .isEqualTo(
            "query: the query did not stop at its time limit of 2 s"
                + " (a step Jena cannot interrupt, such as a runaway regular expression, was running); stopped"
                + " (raise the limit with --timeout SECONDS)");
    assertThat(seconds).as("start-up, 2 s, and the 1 s of grace").isLessThan(8);
  }

  @Test
  void aQueryThatExhaustsTheHeapIsExitFiveSayingSo() throws IOException, InterruptedException {
    StringBuilder query =
        new StringBuilder("SELECT (STRLEN(?x40) AS ?n) WHERE { BIND(\"aaaaaaaa\" AS ?x0)");
    for (int i = 1; i <= 40; i++) {
      query
          .append(" BIND(CONCAT(?x")
          .append(i - 1)
          .append(", ?x")
          .append(i - 1)
          .append(") AS ?x")
          .append(i)
          .append(")");
    }
    Process process =
        JavaProcess.builder(
                java.util.List.of("-Xmx128m"),
                Main.class.getName(),
                java.util.List.of("query", "--timeout", "60", query.append(" }").toString()))
            .start();
    process.getOutputStream().close();
    process.getInputStream().readAllBytes();
    String err =
        new String(
            process.getErrorStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(process.waitFor()).as(err).isEqualTo(ExitCode.TIMEOUT.code());
    assertThat(err)
        .matches(
            "claimcheck: the work needs more memory than the heap \\(\\d+ MiB\\) allows; give it more"
                + " with CLAIMCHECK_JAVA_OPTS=-Xmx8g \\(or java -Xmx8g -jar\\), or ask for less\n");
  }

  @Test
  void aRunawayRuleEndsTheCheckAtTheTimeoutAndLeavesNoReport(@TempDir Path dir)
      throws IOException, InterruptedException {
    Path rules = Files.createDirectory(dir.resolve("rules"));
    Files.writeString(
        rules.resolve("runaway.rq"),
        """
        # id: runaway
        # title: A rule that backtracks for hours
        # category: negation
        # severity: tension
        # description: A regular expression that never ends on one row.
        PREFIX cc: <https://w3id.org/claimcheck#>
        SELECT ?a ?b ?typeA ?typeB ?agentA ?agentB ?placeA ?placeB
        WHERE { ?a a cc:Assertion . BIND(?a AS ?b) BIND(?a AS ?typeA) BIND(?a AS ?typeB) BIND(?a AS ?agentA)
          BIND(?a AS ?agentB) BIND(?a AS ?placeA) BIND(?a AS ?placeB) FILTER(%s) }
        ORDER BY ?a
        """
            .formatted(RUNAWAY));
    Path report = dir.resolve("report.html");
    CliRun run =
        JavaProcess.claimcheck(
            "report",
            "--format",
            "html",
            "--timeout",
            "3",
            "--rules",
            rules.toString(),
            "--output",
            report.toString());
    run.assertExit(ExitCode.TIMEOUT);
    assertThat(run.assertOneLineError().errorMessage())
        .isEqualTo(
            "in memory: the check did not stop at its time"
                + " limit of 3 s (a step Jena cannot interrupt, such as a runaway regular expression, was running); stopped"
                + " (raise it with --timeout SECONDS)");
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("rules");
    }
  }
}
