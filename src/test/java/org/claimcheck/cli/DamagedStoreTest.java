package org.claimcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A damaged TDB2 store, made from a real one, is exit 4 with one line saying so and how to recover;
 * {@code check} and {@code query} never create or change a store.
 */
class DamagedStoreTest {
  private static final String RECOVER =
      "; restore it from a backup, or load the facts again into a new directory ('claimcheck load --store NEWDIR FILES')";

  @TempDir Path dir;
  private Path store;

  @BeforeEach
  void loadAStore() throws IOException {
    store = dir.resolve("store");
    CliRun.run("load", "facts", "--store", store.toString()).assertExit(ExitCode.OK);
    Files.deleteIfExists(
        store.resolve("claimcheck-conformance.txt")); // so that check reads everything
  }

  @Test
  void anEmptiedDataDirectoryIsDamagedAndStaysEmpty() throws IOException {
    Path data = store.resolve("Data-0001");
    try (Stream<Path> files = Files.list(data)) {
      for (Path file : files.toList()) {
        Files.delete(file);
      }
    }
    for (String[] args :
        new String[][] {
          {"check", "--store", store.toString()},
          {"query", "--store", store.toString(), "ASK {}"},
          {"validate", "--store", store.toString()}
        }) {
      CliRun run = CliRun.run(args).assertExit(ExitCode.STORE_UNAVAILABLE).assertOneLineError();
      assertThat(run.errorMessage())
          .as(args[0])
          .isEqualTo(
              store
                  + ": the TDB2 store is damaged (Data-0001 lacks 40 of its files (SPO.bpt, SPO.dat,"
                  + " SPO.idn, ...))"
                  + RECOVER);
    }
    try (Stream<Path> files = Files.list(data)) {
      assertThat(files.toList()).as("nothing was created").isEmpty();
    }
  }

  @Test
  void anEmptyDirectoryIsNoStoreAndStaysEmpty() throws IOException {
    Path empty = Files.createDirectory(dir.resolve("empty"));
    CliRun run =
        CliRun.run("check", "--store", empty.toString()).assertExit(ExitCode.STORE_UNAVAILABLE);
    assertThat(run.assertOneLineError().errorMessage())
        .isEqualTo(
            empty
                + ": no TDB2 store here (create one with 'claimcheck load --store "
                + empty
                + " FILES')");
    try (Stream<Path> files = Files.list(empty)) {
      assertThat(files.toList()).isEmpty();
    }
  }

  @Test
  void aTruncatedNodeTableIsDamaged() throws IOException {
    Path nodes = store.resolve("Data-0001/nodes-data.obj");
    long size = Files.size(nodes);
    try (RandomAccessFile file = new RandomAccessFile(nodes.toFile(), "rw")) {
      file.setLength(1000);
    }
    for (String[] args :
        new String[][] {
          {"check", "--store", store.toString()},
          {"query", "--store", store.toString(), "SELECT * { ?s ?p ?o }"}
        }) {
      CliRun run = CliRun.run(args).assertExit(ExitCode.STORE_UNAVAILABLE).assertOneLineError();
      assertThat(run.errorMessage())
          .as(args[0])
          .isEqualTo(
              store
                  + ": the TDB2 store is damaged (Data-0001/nodes-data.obj has 1000 of its "
                  + size
                  + " bytes)"
                  + RECOVER);
    }
  }

  @Test
  void anOverwrittenNodeTableIsDamagedNotAnInternalError() throws IOException {
    Path nodes = store.resolve("Data-0001/nodes-data.obj");
    byte[] noise = new byte[(int) Files.size(nodes) - 2000];
    new Random(7).nextBytes(noise);
    try (RandomAccessFile file = new RandomAccessFile(nodes.toFile(), "rw")) {
      file.seek(1000);
      file.write(noise);
    }
    CliRun run =
        CliRun.run("check", "--store", store.toString()).assertExit(ExitCode.STORE_UNAVAILABLE);
    assertThat(run.assertOneLineError().errorMessage())
        .startsWith(store + ": the TDB2 store is damaged (")
        .endsWith(RECOVER);
  }
}
