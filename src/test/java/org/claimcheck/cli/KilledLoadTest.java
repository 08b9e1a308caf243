package org.claimcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.util.IsoMatcher;
import org.claimcheck.sparql.ExecSettings;
import org.claimcheck.store.Store;
import org.claimcheck.store.StoreSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} of a process loading into a TDB2 store that already holds data, at least {@link
 * #KILLS} times at random moments: afterwards the store opens and holds, quad for quad, exactly
 * what it held before that load or exactly what the load wrote, never anything between.
 *
 * <p>A loader JVM ({@link LoadLoop}) loads two datasets in turn, for ever, with {@code --replace},
 * so every load changes the content, and is killed at a random moment from the start of its first
 * load to a little after its end (the first kill of each store times that load): while it parses,
 * writes, commits, closes, or opens the store again (recovering the journal of the previous kill).
 * Two stores are killed in turn, on two threads. The counts of old and new outcomes are printed and
 * written to {@code target/kill9-counts.txt}.
 */
class KilledLoadTest {
  static final int KILLS = 52;
  private static final int WORKERS = 2;
  private static final int TRIPLES = 1_000;
  private static final String GRAPH = "https://example.org/killed";
  private static final String ALL_QUADS = "SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }";

  @TempDir Path tmp;

  @Test
  void aKilledLoadLeavesExactlyTheOldOrTheNewContent() throws Exception {
    Path one = dataset("one.nt", "first");
    Path two = dataset("two.nt", "second");
    List<DatasetGraph> states = List.of(expected(one), expected(two));
    assertThat(same(states.get(0), states.get(1))).isFalse();

    // Two stores killed in turn by two threads: the machine's two cores each start a JVM.
    List<Killer> killers = new ArrayList<>();
    for (int i = 0; i < WORKERS; i++) {
      Path store = tmp.resolve("db" + i);
      CliRun.run("load", "facts", "--store", store.toString()).assertExit(ExitCode.OK);
      CliRun.run("load", one.toString(), "--store", store.toString(), "--graph", GRAPH, "--replace")
          .assertExit(ExitCode.OK);
      assertThat(same(quads(store), states.get(0))).isTrue();
      killers.add(new Killer(store, List.of(one, two), states, new Random()));
    }
    // The first kill of each store waits for its first load to end, to time one: later kills come
    // at a random moment from the start of the first load to a little after its end.
    List<Thread> threads = new ArrayList<>();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    for (Killer killer : killers) {
      Thread thread =
          new Thread(
              () -> {
                try {
                  for (int kill = 0; kill < KILLS / WORKERS && failure.get() == null; kill++) {
                    killer.killOnce(kill);
                  }
                } catch (Throwable t) {
                  failure.compareAndSet(null, t);
                }
              });
      threads.add(thread);
      thread.start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
    if (failure.get() != null) {
      throw new AssertionError(failure.get());
    }
    int old = killers.stream().mapToInt(k -> k.old).sum();
    int fresh = killers.stream().mapToInt(k -> k.fresh).sum();
    int inFlight = killers.stream().mapToInt(k -> k.inFlight).sum();
    int afterCommit = killers.stream().mapToInt(k -> k.afterCommit).sum();
    String counts =
        String.format(
            "kill -9 during load: %d kills, %d left the old content, %d the new content, 0 anything else;"
                + " %d kills came while a load was running, %d of those after its commit%n",
            old + fresh, old, fresh, inFlight, afterCommit);
    System.out.print(counts);
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target", "kill9-counts.txt"), counts, StandardCharsets.UTF_8);
    assertThat(old + fresh).isGreaterThanOrEqualTo(KILLS);
    for (Killer killer : killers) {
      CliRun.run("validate", "--store", killer.store.toString()).assertExit(ExitCode.OK);
    }
  }

  /** Kills loaders of one store, one after the other, and checks the store after each kill. */
  private static final class Killer {
    final Path store;
    final List<Path> files;
    final List<DatasetGraph> states;
    final Random random;
    int current; // the index in states of what the store holds
    long firstLoadMillis = -1;
    int old;
    int fresh;
    int inFlight;
    int afterCommit;

    Killer(Path store, List<Path> files, List<DatasetGraph> states, Random random) {
      this.store = store;
      this.files = files;
      this.states = states;
      this.random = random;
    }

    void killOnce(int kill) throws Exception {
      // The loop loads the other dataset first, so its first load already changes the content.
      Path next = files.get(1 - current);
      Path then = files.get(current);
      Process loader =
          JavaProcess.builder(
                  List.of("-XX:TieredStopAtLevel=1", "-Xshare:auto"),
                  LoadLoop.class.getName(),
                  List.of(store.toString(), next.toString(), then.toString(), GRAPH))
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      loader.getOutputStream().close();
      BufferedReader lines =
          new BufferedReader(
              new InputStreamReader(loader.getInputStream(), StandardCharsets.UTF_8));
      assertThat(lines.readLine()).as("the loader started").isEqualTo("loading 1");
      long started = System.nanoTime();
      AtomicReference<String> last = new AtomicReference<>("loading 1");
      if (firstLoadMillis < 0) {
        String line = lines.readLine();
        assertThat(line).as("the first load ended").isEqualTo("loaded 1");
        firstLoadMillis = (System.nanoTime() - started) / 1_000_000;
        last.set(line);
      }
      Thread reader =
          new Thread(
              () -> {
                try {
                  for (String l; (l = lines.readLine()) != null; ) {
                    last.set(l);
                  }
                } catch (IOException ignored) {
                  // the process is gone
                }
              });
      reader.start();
      long delay =
          random.nextLong(firstLoadMillis * 6 / 5 + 1) - (System.nanoTime() - started) / 1_000_000;
      if (delay > 0) {
        Thread.sleep(delay);
      }
      loader.destroyForcibly(); // SIGKILL
      assertThat(loader.waitFor(30, TimeUnit.SECONDS)).isTrue();
      reader.join();
      String lastLine = last.get();
      assertThat(lastLine).as("the loader did not fail: %s", lastLine).matches("load(ing|ed) [12]");
      // The load last begun wrote "next" (1) or "then" (2); before it the store held the other.
      int newIndex = files.indexOf(lastLine.endsWith("1") ? next : then);
      boolean inProgress = lastLine.startsWith("loading ");

      DatasetGraph after = quads(store);
      if (same(after, states.get(1 - newIndex))) {
        assertThat(inProgress)
            .as("kill %d of %s: a finished load was undone", kill, store)
            .isTrue();
        old++;
        current = 1 - newIndex;
      } else {
        assertThat(same(after, states.get(newIndex)))
            .as(
                "kill %d of %s after '%s': neither the old nor the new content: %s",
                kill, store, lastLine, describe(after, states))
            .isTrue();
        fresh++;
        current = newIndex;
      }
      if (inProgress) {
        inFlight++;
        if (current == newIndex) {
          afterCommit++; // killed after the commit, before the load returned
        }
      }
    }
  }

  /** What a store holds after loading the bundled facts, then {@code file} into {@link #GRAPH}. */
  private DatasetGraph expected(Path file) throws IOException {
    Path store = Files.createTempDirectory(tmp, "expected");
    CliRun.run("load", "facts", "--store", store.toString()).assertExit(ExitCode.OK);
    CliRun.run("load", file.toString(), "--store", store.toString(), "--graph", GRAPH)
        .assertExit(ExitCode.OK);
    return quads(store);
  }

  /** Same quads, up to the blank nodes of the bundled ontology's lists. */
  private static boolean same(DatasetGraph a, DatasetGraph b) {
    return IsoMatcher.isomorphic(a, b);
  }

  private static String describe(DatasetGraph store, List<DatasetGraph> states) {
    return "the store holds "
        + store.stream().count()
        + " quads; the old and new contents "
        + states.get(0).stream().count()
        + " and "
        + states.get(1).stream().count();
  }

  /** A copy of every quad of the store, opened as claimcheck opens it. */
  static DatasetGraph quads(Path store) {
    DatasetGraph copy = DatasetGraphFactory.createGeneral();
    try (Store opened = new StoreSpec.Tdb2(store).open()) {
      opened.execute(
          QueryFactory.create(ALL_QUADS),
          ExecSettings.DEFAULT,
          exec -> {
            RowSet rows = exec.select();
            while (rows.hasNext()) {
              Binding row = rows.next();
              copy.add(row.get("g"), row.get("s"), row.get("p"), row.get("o"));
            }
            return null;
          });
    }
    return copy;
  }

  private Path dataset(String name, String label) throws IOException {
    return ntriples(tmp.resolve(name), TRIPLES, label);
  }

  /**
   * Writes {@code triples} distinct N-Triples to {@code file}, subjects and values made from {@code
   * label}, so two labels give two disjoint datasets.
   */
  static Path ntriples(Path file, int triples, String label) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < triples; i++) {
        out.write(
            "<https://example.org/"
                + label
                + "/s"
                + i
                + "> <https://example.org/p> \""
                + label
                + " value number "
                + i
                + ", long enough to give the store some pages to write\" .\n");
      }
    }
    return file;
  }
}
