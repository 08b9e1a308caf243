package org.claimcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults of the machine: a store on a read-only file system, a disk that fills up during a load, an
 * endpoint that never answers, and a rule that never ends. Each ends with a one-line message and a
 * documented exit code, and a store keeps what it held.
 *
 * <p>The file-system faults mount a small tmpfs, which needs root (CI runs as root; root ignores
 * permission bits, so a read-only mount is the honest way to get a read-only directory). Without
 * root the test fails and says so rather than skipping.
 */
class ResourceFaultsTest {
  @TempDir Path tmp;

  @Test
  void aStoreOnAReadOnlyFileSystemIsUnavailableAndNamed() throws Exception {
    Path mount = mountTmpfs("ro", 64);
    try {
      Path store = mount.resolve("db");
      CliRun.run("load", "facts", "--store", store.toString()).assertExit(ExitCode.OK);
      DatasetGraph before = KilledLoadTest.quads(store);
      remountReadOnly(mount);
      for (String[] args :
          List.of(
              new String[] {"check", "--store", store.toString()},
              new String[] {"query", "--store", store.toString(), StoreCommandsTest.COUNT},
              new String[] {"load", "facts/places.ttl", "--store", store.toString()})) {
        CliRun ro = CliRun.run(args).assertExit(ExitCode.STORE_UNAVAILABLE).assertOneLineError();
        assertThat(ro.errorMessage())
            .as("%s", ro)
            .startsWith(store + ": the directory is read-only");
      }
      run("mount", "-o", "remount,rw", mount.toString());
      assertThat(IsoMatcher.isomorphic(KilledLoadTest.quads(store), before)).isTrue();
    } finally {
      unmount(mount);
    }
  }

  @Test
  void aFullDiskDuringLoadIsAClearErrorAndTheStoreIsUnchanged() throws Exception {
    Path big = KilledLoadTest.ntriples(tmp.resolve("big.nt"), 150_000, "full");
    Path mount = mountTmpfs("full", 24);
    try {
      Path store = mount.resolve("db");
      CliRun.run("load", "facts", "--store", store.toString()).assertExit(ExitCode.OK);
      DatasetGraph before = KilledLoadTest.quads(store);
      CliRun full = CliRun.run("load", big.toString(), "--store", store.toString());
      full.assertExit(ExitCode.STORE_UNAVAILABLE).assertNoStackTrace();
      assertThat(
              full.err()
                  .lines()
                  .filter(
                      l ->
                          !l.startsWith("claimcheck: writing ")
                              && !l.startsWith("claimcheck: parsed ")
                              && !l.startsWith("claimcheck: read")))
          .as("%s", full)
          .containsExactly(
              "claimcheck: "
                  + store
                  + ": cannot write the store: the disk is full (free some"
                  + " space and load again); the load was abandoned and the store is unchanged");
      assertThat(IsoMatcher.isomorphic(KilledLoadTest.quads(store), before))
          .as("store unchanged")
          .isTrue();
    } finally {
      unmount(mount);
    }
  }

  @Test
  void anEndpointThatNeverAnswersIsStoppedAtTheTimeout() throws Exception {
    try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      List<Socket> held = new ArrayList<>();
      Thread acceptor =
          new Thread(
              () -> {
                try {
                  while (true) {
                    held.add(silent.accept()); // accept, read nothing, answer nothing
                  }
                } catch (IOException closed) {
                  // the test is over
                }
              });
      acceptor.start();
      String url = "http://127.0.0.1:" + silent.getLocalPort() + "/claims";
      for (String[] args :
          List.of(
              new String[] {"check", "--endpoint", url, "--timeout", "2"},
              new String[] {
                "query", "--endpoint", url, "--timeout", "2", StoreCommandsTest.COUNT
              })) {
        long start = System.nanoTime();
        CliRun hung = CliRun.run(args);
        long millis = (System.nanoTime() - start) / 1_000_000;
        hung.assertExit(ExitCode.TIMEOUT).assertOneLineError();
        assertThat(millis).as("%s", hung).isLessThan(3_000);
        assertThat(hung.errorMessage())
            .as("%s", hung)
            .contains("within")
            .contains("2 s")
            .contains("--timeout");
      }
      silent.close();
      acceptor.join();
      for (Socket socket : held) {
        socket.close();
      }
    }
  }

  @Test
  void aRuleThatRunsForeverIsStoppedAtTheTimeoutAndNamed() throws Exception {
    Path rules = Files.createDirectories(tmp.resolve("rules"));
    Path rule = rules.resolve("forever.rq");
    Files.writeString(
        rule,
        """
        # id: forever
        # title: Never ends
        # category: negation
        # severity: tension
        # description: Joins every triple with every other, four times over.
        SELECT ?a ?b ?typeA ?typeB ?agentA ?agentB ?placeA ?placeB WHERE {
          ?a ?p1 ?typeA . ?b ?p2 ?typeB . ?agentA ?p3 ?placeA . ?agentB ?p4 ?placeB .
        }
        ORDER BY ?a ?b
        """,
        StandardCharsets.UTF_8);
    long start = System.nanoTime();
    CliRun run = CliRun.run("check", "--rules", rules.toString(), "--timeout", "3");
    long millis = (System.nanoTime() - start) / 1_000_000;
    run.assertExit(ExitCode.TIMEOUT).assertOneLineError();
    assertThat(millis).as("%s", run).isLessThan(4_000);
    assertThat(run.errorMessage())
        .as("%s", run)
        .isEqualTo(
            rule
                + ": rule 'forever' did not finish within the check's time limit of 3 s"
                + " (raise it with --timeout SECONDS)");
  }

  /** Mounts a tmpfs of {@code megabytes} under the test's directory; fails if it cannot. */
  private Path mountTmpfs(String name, int megabytes) throws Exception {
    Path dir = Files.createDirectories(tmp.resolve(name));
    Exec mount =
        exec("mount", "-t", "tmpfs", "-o", "size=" + megabytes + "m", "tmpfs", dir.toString());
    assertThat(mount.code())
        .as(
            "this test mounts a tmpfs to fake a read-only or full disk, and needs root (as on CI): %s",
            mount.output())
        .isZero();
    return dir;
  }

  /**
   * Remounts {@code dir} read-only. The kernel refuses while any file on it is open for writing,
   * and a store this JVM has just closed can hold its files a moment longer (memory-mapped segments
   * go with their buffers, at a collection); so it collects and retries for a few seconds, and on
   * failure names what this process still holds there.
   */
  private static void remountReadOnly(Path dir) throws Exception {
    Exec remount = exec("mount", "-o", "remount,ro", dir.toString());
    for (int attempt = 1; attempt < 20 && remount.code() != 0; attempt++) {
      System.gc();
      Thread.sleep(250);
      remount = exec("mount", "-o", "remount,ro", dir.toString());
    }
    if (remount.code() == 0) {
      return;
    }
    throw new AssertionError(
        "mount -o remount,ro "
            + dir
            + " kept failing: "
            + remount.output().strip()
            + "; this process holds there: "
            + heldUnder(dir));
  }

  /** The open files and mappings of this process under {@code dir}, for a failure message. */
  private static List<String> heldUnder(Path dir) throws IOException {
    List<String> held = new ArrayList<>();
    try (var fds = Files.list(Path.of("/proc/self/fd"))) {
      for (Path fd : fds.toList()) {
        try {
          Path target = Files.readSymbolicLink(fd);
          if (target.startsWith(dir)) {
            held.add("fd " + fd.getFileName() + " " + target);
          }
        } catch (IOException gone) {
          // closed while listed
        }
      }
    }
    Files.readAllLines(Path.of("/proc/self/maps")).stream()
        .filter(line -> line.contains(dir.toString()))
        .forEach(line -> held.add("map " + line));
    return held;
  }

  private static void unmount(Path dir) throws Exception {
    new ProcessBuilder("umount", "-l", dir.toString()).inheritIO().start().waitFor();
  }

  private static void run(String... command) throws Exception {
    Exec done = exec(command);
    assertThat(done.code()).as("%s: %s", String.join(" ", command), done.output()).isZero();
  }

  /** How a command ended: its exit code and what it printed (stdout and stderr). */
  private record Exec(int code, String output) {}

  private static Exec exec(String... command) throws Exception {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Exec(process.waitFor(), output);
  }
}
