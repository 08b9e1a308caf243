package org.claimcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A loader killed with SIGKILL while it writes leaves a store that opens and holds exactly one
 * of two states: what it held before, or everything (if the kill came after the commit).
 */
class KilledLoadTest {
  private static final int TRIPLES = 120_000;

  @TempDir Path tmp;

  @Test
  void aKilledLoadLeavesThePreviousContent() throws Exception {
    Path big = tmp.resolve("big.nt");
    try (BufferedWriter out = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
      for (int i = 0; i < TRIPLES; i++) {
        out.write("<https://example.org/s" + i + "> <https://example.org/p> \"a value long enough to make the file large, number " + i + "\" .\n");
      }
    }
    String store = tmp.resolve("db").toString();
    CliRun.run("load", "facts", "--store", store).assertExit(ExitCode.OK);
    String before = StoreCommandsTest.count("--store", store);
    Random random = new Random(4);
    for (int round = 0; round < 3; round++) {
      Process loader =
          JavaProcess.builder(Main.class.getName(), List.of("load", big.toString(), "--store", store)).start();
      loader.getOutputStream().close();
      BufferedReader err = new BufferedReader(new InputStreamReader(loader.getErrorStream(), StandardCharsets.UTF_8));
      String line;
      while ((line = err.readLine()) != null && !line.startsWith("claimcheck: writing ")) {
        // wait for the write transaction to begin
      }
      Thread.sleep(random.nextInt(400));
      loader.destroyForcibly(); // SIGKILL on Unix
      assertThat(loader.waitFor(30, TimeUnit.SECONDS)).isTrue();
      String after = StoreCommandsTest.count("--store", store);
      if (!after.equals(before)) {
        // The kill came after the commit: then all of the file is there, nothing less.
        assertThat(after).isEqualTo("n\r\n" + (Long.parseLong(before.strip().split("\r\n")[1]) + TRIPLES) + "\r\n");
        return;
      }
    }
  }
}
