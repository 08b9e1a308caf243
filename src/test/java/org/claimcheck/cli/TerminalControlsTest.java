package org.claimcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Data cannot drive the terminal: {@code query}'s table shows control characters as escapes. */
class TerminalControlsTest {
  private static final String QUERY =
      "SELECT ?o WHERE { ?s <https://example.org/b> ?o } ORDER BY ?o";

  @Test
  void theTableShowsControlsAsEscapesInAlignedColumns(@TempDir Path dir) throws IOException {
    Path data = dir.resolve("controls.nt");
    Files.writeString(
        data,
        "<https://example.org/a> <https://example.org/b> \"a\\u001B[31mred\\u0007\\u202Eb\"@en .\n"
            + "<https://example.org/c> <https://example.org/b> \"plain\" .\n",
        StandardCharsets.UTF_8);
    CliRun table = CliRun.run("query", "--data", data.toString(), QUERY).assertExit(ExitCode.OK);
    assertThat(table.out())
        .doesNotContain("\u001B", "\u0007", "\u202E")
        .contains("| \"a\\u001B[31mred\\u0007\\u202Eb\"@en |")
        .contains("| \"plain\"                          |");
    assertThat(table.out().lines().filter(l -> l.startsWith("|")).map(String::length).distinct())
        .as("one width for every row")
        .hasSize(1);

    CliRun tsv =
        CliRun.run("query", "--data", data.toString(), "--format", "tsv", QUERY)
            .assertExit(ExitCode.OK);
    assertThat(tsv.out())
        .as("a data format keeps the exact value")
        .contains("a\u001B[31mred\u0007\u202Eb");
  }
}
