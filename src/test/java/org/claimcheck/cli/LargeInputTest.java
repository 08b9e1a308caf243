package org.claimcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Large inputs: a file is streamed, never read whole into memory, with progress; a 50 MB literal
 * loads and checks.
 */
class LargeInputTest {
  private static final int MB = 1 << 20;

  @TempDir Path tmp;

  /**
   * An 80 MB file (one triple repeated, so the data itself is small) loads in a JVM with a 48 MB
   * heap: reading the file whole, as before, ran out of memory.
   */
  @Test
  void aFileLargerThanTheHeapIsStreamedWithProgress() throws Exception {
    Path big = tmp.resolve("big.nt");
    String line =
        "<https://example.org/s> <https://example.org/p> \"the same triple, again and again\" .\n";
    try (Writer out = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
      for (long written = 0; written < 80L * MB; written += line.length()) {
        out.write(line);
      }
    }
    Path store = tmp.resolve("db");
    Process load =
        JavaProcess.builder(
                List.of("-Xmx48m"),
                Main.class.getName(),
                List.of("load", big.toString(), "--store", store.toString()))
            .start();
    load.getOutputStream().close();
    String out = new String(load.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(load.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(load.waitFor())
        .as("stdout:%n%s%nstderr:%n%s", out, err)
        .isEqualTo(ExitCode.OK.code());
    assertThat(out).startsWith("1 file, 1 triple into ");
    assertThat(err)
        .contains(
            "claimcheck: reading " + big + ": 32 of 80 MB",
            "claimcheck: reading " + big + ": 64 of 80 MB");
  }

  @Test
  void aFiftyMegabyteLiteralLoadsAndChecks() throws Exception {
    Path file = tmp.resolve("long-comment.ttl");
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("<https://example.org/long> <http://www.w3.org/2000/01/rdf-schema#comment> \"");
      char[] chunk = "a very long comment ".repeat(MB / 20).toCharArray();
      for (int i = 0; i < 50; i++) {
        out.write(chunk);
      }
      out.write("\" .\n");
    }
    CliRun alone = CliRun.run("check", "--format", "json").assertExit(ExitCode.FINDINGS);
    CliRun withLiteral =
        CliRun.run("check", "facts", file.toString(), "--format", "json")
            .assertExit(ExitCode.FINDINGS);
    assertThat(withLiteral.out()).isEqualTo(alone.out());

    String store = tmp.resolve("db").toString();
    CliRun.run("load", "facts", file.toString(), "--store", store).assertExit(ExitCode.OK);
    CliRun length =
        CliRun.run(
            "query",
            "--store",
            store,
            "--format",
            "csv",
            "SELECT (STRLEN(?c) AS ?n) WHERE { <https://example.org/long> rdfs:comment ?c }");
    assertThat(length.assertExit(ExitCode.OK).out())
        .isEqualTo("n\r\n" + 50L * (MB / 20) * 20 + "\r\n");
    CliRun.run("check", "--store", store).assertExit(ExitCode.FINDINGS);
  }
}
