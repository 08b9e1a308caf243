package org.claimcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGINT and SIGTERM at a random moment of {@code load} and {@code report}: {@code load} stops with
 * INTERRUPTED (exit 6) leaving the store exactly as it was or fully updated; {@code report} leaves
 * the whole report or no file at all. (The same for {@code check} is in PackagedJarIT.)
 */
class SignalsTest {
  private static final String GRAPH = "https://example.org/signalled";

  @TempDir Path tmp;

  @Test
  void aSignalledLoadLeavesTheOldOrTheNewContent() throws Exception {
    Path data = KilledLoadTest.ntriples(tmp.resolve("data.nt"), 20_000, "signalled");
    Path store = tmp.resolve("db");
    CliRun.run("load", "facts", "--store", store.toString()).assertExit(ExitCode.OK);
    DatasetGraph old = KilledLoadTest.quads(store);
    Path expected = tmp.resolve("expected");
    CliRun.run("load", "facts", "--store", expected.toString()).assertExit(ExitCode.OK);
    CliRun.run("load", data.toString(), "--store", expected.toString(), "--graph", GRAPH)
        .assertExit(ExitCode.OK);
    DatasetGraph fresh = KilledLoadTest.quads(expected);

    Random random = new Random();
    int interrupted = 0;
    for (String signal : List.of("TERM", "INT", "TERM", "INT")) {
      Process load =
          JavaProcess.builder(
                  Main.class.getName(),
                  List.of(
                      "load",
                      data.toString(),
                      "--store",
                      store.toString(),
                      "--graph",
                      GRAPH,
                      "--replace"))
              .redirectErrorStream(true)
              .start();
      load.getOutputStream().close();
      Thread.sleep(800 + random.nextInt(1_500));
      new ProcessBuilder("kill", "-" + signal, Long.toString(load.pid())).start().waitFor();
      assertThat(load.waitFor(60, TimeUnit.SECONDS)).isTrue();
      String output = new String(load.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      DatasetGraph after = KilledLoadTest.quads(store);
      int code = load.exitValue();
      if (code == ExitCode.INTERRUPTED.code()) {
        interrupted++;
        assertThat(output).contains("claimcheck: interrupted by SIG" + signal);
        assertThat(IsoMatcher.isomorphic(after, old) || IsoMatcher.isomorphic(after, fresh))
            .as(output)
            .isTrue();
      } else if (code == ExitCode.OK.code()) {
        assertThat(IsoMatcher.isomorphic(after, fresh)).as(output).isTrue();
      } else {
        assertThat(code).as("signalled while the JVM started: %s", output).isIn(130, 143);
        assertThat(IsoMatcher.isomorphic(after, old)).as(output).isTrue();
      }
      // Next round: start again from the old content.
      CliRun.run("load", "facts", "--store", store.toString(), "--graph", GRAPH, "--replace")
          .assertExit(ExitCode.OK);
      CliRun.run("query", "--store", store.toString(), "ASK {}").assertExit(ExitCode.OK);
      old = KilledLoadTest.quads(store);
    }
    assertThat(interrupted).as("loads stopped by a signal").isPositive();
  }

  @Test
  void aSignalledReportLeavesTheWholeReportOrNoFile() throws Exception {
    Random random = new Random();
    for (String signal : List.of("TERM", "INT", "TERM")) {
      Path report = tmp.resolve("report-" + signal + random.nextInt(1000) + ".html");
      Process process =
          JavaProcess.builder(
                  Main.class.getName(),
                  List.of("report", "--format", "html", "--output", report.toString()))
              .redirectErrorStream(true)
              .start();
      process.getOutputStream().close();
      Thread.sleep(500 + random.nextInt(2_500));
      new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).start().waitFor();
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (process.exitValue() == ExitCode.FINDINGS.code()) {
        assertThat(Files.readString(report)).as(output).endsWith("</html>\n");
      } else {
        assertThat(process.exitValue()).as(output).isIn(ExitCode.INTERRUPTED.code(), 130, 143);
        assertThat(report).doesNotExist();
      }
      try (var files = Files.list(tmp)) {
        assertThat(files)
            .as("no temporary file left")
            .noneMatch(f -> f.getFileName().toString().endsWith(".tmp"));
      }
    }
  }
}
