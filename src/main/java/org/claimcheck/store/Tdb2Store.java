package org.claimcheck.store;

import static org.claimcheck.error.ClaimcheckException.storeUnavailable;

import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.claimcheck.error.ClaimcheckException;
import org.claimcheck.io.GraphFeeder;
import org.claimcheck.io.RdfLoader;
import org.claimcheck.sparql.ExecSettings;

/**
 * A Jena TDB2 database in a directory. Queries see the union of its named graphs. Writes happen in
 * one ordinary write transaction (never TDB2's phased bulk loader, which a kill can corrupt), so a
 * failure or a kill leaves the previous content. A directory that another process holds is
 * STORE_UNAVAILABLE; its {@code tdb.lock} is never touched.
 */
final class Tdb2Store implements Store, WritableStore {
  private static final long PROGRESS_EVERY = 100_000;

  /** Less free space than this (bytes) after a failed write means the disk filled up. */
  private static final long FULL = 16L << 20;

  private final Path dir;
  private final DatasetGraph dataset;
  private final InMemoryStore local;
  private final boolean created;

  private Tdb2Store(Path dir, DatasetGraph dataset, boolean created) {
    this.dir = dir;
    this.dataset = dataset;
    this.created = created;
    this.local = new InMemoryStore(dataset, true, dir.toString());
  }

  /**
   * Opens the database in {@code dir}; with {@code create}, a missing or empty directory becomes a
   * new database, otherwise it is STORE_UNAVAILABLE (a mistyped path should not look like an empty
   * store).
   */
  static Tdb2Store open(Path dir, boolean create) {
    // The jar leaves TDB2 out of Jena's start-up (pom.xml), so that runs without a store skip it.
    TDB2.init();
    boolean exists = isDatabase(dir);
    if (!exists && !(create && isMissingOrEmpty(dir))) {
      throw storeUnavailable(
          dir
              + ": "
              + (create ? "not a TDB2 store, and not an empty directory" : "no TDB2 store here")
              + " (create one with 'claimcheck load --store "
              + dir
              + " FILES')",
          null);
    }
    if (exists) {
      refuseIncomplete(dir);
    }
    if (exists && !Files.isWritable(dir)) {
      // TDB2 writes its lock and journal even to read: a read-only store cannot be opened at all.
      throw storeUnavailable(
          dir
              + ": the directory is read-only, and TDB2 must write to it (lock and journal) even"
              + " to read; copy the store to a writable place or make the directory writable",
          null);
    }
    DatasetGraph dataset;
    try {
      if (exists) {
        // Jena's recovery refuses a journal that a killed write left ending in part of an entry.
        JournalRepair.cutTornTailsIfUnused(dir);
      }
      dataset = DatabaseMgr.connectDatasetGraph(Location.create(dir));
    } catch (IOException e) {
      throw storeUnavailable(dir + ": cannot read the TDB2 journal: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      throw storeUnavailable(dir + ": cannot open the TDB2 store: " + e.getMessage(), e);
    }
    dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
    return new Tdb2Store(dir, dataset, !exists);
  }

  private static boolean isDatabase(Path dir) {
    try (Stream<Path> list = Files.list(dir)) {
      return list.anyMatch(
          p -> p.getFileName().toString().startsWith("Data-") && Files.isDirectory(p));
    } catch (IOException e) {
      return false;
    }
  }

  /** The files TDB2 makes in a database's data directory, each of which an intact store has. */
  private static final List<String> DATA_FILES = dataFiles();

  private static List<String> dataFiles() {
    List<String> files = new ArrayList<>();
    for (String index :
        List.of(
            "SPO",
            "POS",
            "OSP",
            "GSPO",
            "GPOS",
            "GOSP",
            "SPOG",
            "POSG",
            "OSPG",
            "GPU",
            "nodes",
            "prefixes")) {
      for (String extension : List.of(".bpt", ".dat", ".idn")) {
        files.add(index + extension);
      }
    }
    files.addAll(
        List.of("nodes-data.bdf", "nodes-data.obj", "prefixes-data.bdf", "prefixes-data.obj"));
    return List.copyOf(files);
  }

  /**
   * Refuses a database whose newest data directory lacks any of TDB2's files (emptied, or half
   * copied): TDB2 would make them anew and answer as an empty store, and the store would change.
   */
  private static void refuseIncomplete(Path dir) {
    Path data;
    try (Stream<Path> list = Files.list(dir)) {
      data =
          list.filter(p -> p.getFileName().toString().matches("Data-\\d+") && Files.isDirectory(p))
              .max(Comparator.naturalOrder())
              .orElse(null);
    } catch (IOException e) {
      throw storeUnavailable(dir + ": cannot list the store: " + e.getMessage(), e);
    }
    if (data == null) {
      return; // no data directory of TDB2's naming: TDB2 itself says what is wrong
    }
    List<String> missing =
        DATA_FILES.stream().filter(name -> !Files.isRegularFile(data.resolve(name))).toList();
    if (!missing.isEmpty()) {
      throw damaged(
          dir,
          data.getFileName()
              + " lacks "
              + missing.size()
              + " of its files ("
              + String.join(", ", missing.subList(0, Math.min(3, missing.size())))
              + (missing.size() > 3 ? ", ..." : "")
              + ")",
          null);
    }
    for (String table : List.of("nodes-data", "prefixes-data")) {
      // TDB2 records in X.bdf how long X.obj is (the first 8 bytes): a shorter file was cut.
      try (var state = new DataInputStream(Files.newInputStream(data.resolve(table + ".bdf")))) {
        long recorded = state.readLong();
        long actual = Files.size(data.resolve(table + ".obj"));
        if (actual < recorded) {
          throw damaged(
              dir,
              data.getFileName()
                  + "/"
                  + table
                  + ".obj has "
                  + actual
                  + " of its "
                  + recorded
                  + " bytes",
              null);
        }
      } catch (IOException e) {
        throw damaged(
            dir, "cannot read " + data.getFileName() + "/" + table + ".bdf: " + e.getMessage(), e);
      }
    }
  }

  /** The one message for a store that cannot be read as it is. */
  private static ClaimcheckException damaged(Path dir, String what, Throwable cause) {
    return storeUnavailable(
        dir
            + ": the TDB2 store is damaged ("
            + what
            + "); restore it from a backup,"
            + " or load the facts again into a new directory ('claimcheck load --store NEWDIR FILES')",
        cause);
  }

  /**
   * Runs a read of the store, turning a failure of TDB2 itself (a truncated or overwritten file
   * gives RuntimeIOException, TDBException, BlockException and the like, from Jena's storage
   * packages, and its node decoder) into {@link #damaged}, never an internal error. TDB2 keeps no
   * checksums, so bytes overwritten with others that still decode are not found.
   */
  private <T> T reading(Supplier<T> read) {
    try {
      return read.get();
    } catch (ClaimcheckException e) {
      throw e;
    } catch (RuntimeException | InternalError e) {
      if (fromStorage(e)) {
        throw damaged(dir, describe(e), e);
      }
      throw e;
    }
  }

  private static boolean fromStorage(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String name = t.getClass().getName();
      // TDB2 keeps its nodes as RDF Thrift: an overwritten node table fails in the decoder.
      if (t instanceof InternalError
          || name.startsWith("org.apache.jena.tdb2.")
          || name.startsWith("org.apache.jena.dboe.")
          || name.startsWith("org.apache.jena.riot.thrift.")
          || name.startsWith("org.apache.thrift.")
          || name.equals("org.apache.jena.atlas.RuntimeIOException")) {
        return true;
      }
    }
    return false;
  }

  private static String describe(Throwable e) {
    return "TDB2 read: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
  }

  private static boolean isMissingOrEmpty(Path dir) {
    if (!Files.exists(dir)) {
      return true;
    }
    try (Stream<Path> list = Files.list(dir)) {
      return list.findAny().isEmpty();
    } catch (IOException e) {
      return false;
    }
  }

  @Override
  public <T> T execute(Query query, ExecSettings settings, Function<QueryExec, T> body) {
    return reading(() -> local.execute(query, settings, body));
  }

  @Override
  public <T> T readAll(Function<Graph, T> body) {
    return reading(() -> local.readAll(body));
  }

  @Override
  public Store readIntoMemory(long maxTriples) {
    return reading(() -> copyIntoMemory(maxTriples));
  }

  private Store copyIntoMemory(long maxTriples) {
    Graph copy = RdfLoader.newGraph();
    try (GraphFeeder feeder = new GraphFeeder(copy)) {
      boolean fits =
          Txn.calculateRead(
              dataset,
              () -> {
                // What queries see: the union of the named graphs.
                Iterator<Quad> quads = dataset.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
                long read = 0;
                try {
                  while (quads.hasNext()) {
                    if (++read > maxTriples) {
                      return false;
                    }
                    feeder.triple(quads.next().asTriple());
                  }
                } finally {
                  Iter.close(quads);
                }
                dataset.prefixes().forEach(feeder::prefix);
                return true;
              });
      if (!fits) {
        return this;
      }
      feeder.awaitAll();
    }
    close();
    return copyOf(dir, copy);
  }

  @Override
  public String name() {
    return dir.toString();
  }

  @Override
  public boolean created() {
    return created;
  }

  /**
   * What {@link #readIntoMemory} would give of the store in {@code dir} once {@code written} is all
   * it holds (the whole content of a store that was new): the union of its named graphs, in memory,
   * with the store's conformance record; built from {@code written} rather than read back. If TDB2
   * keeps a literal in another form (it stores numbers and dates as values), a later read differs
   * in its fingerprint, and a check validates again.
   */
  static Store inMemory(Path dir, DatasetGraph written) {
    Graph copy = RdfLoader.newGraph();
    try (GraphFeeder feeder = new GraphFeeder(copy)) {
      written.find().forEachRemaining(quad -> feeder.triple(quad.asTriple()));
      written.prefixes().forEach(feeder::prefix);
      feeder.awaitAll();
    }
    return copyOf(dir, copy);
  }

  /**
   * The store in {@code dir} as {@code copy}, all of its data in memory, with its conformance
   * record.
   */
  private static Store copyOf(Path dir, Graph copy) {
    return new InMemoryStore(
        DatasetGraphFactory.wrap(copy),
        false,
        dir.toString(),
        Optional.of(new ConformanceRecord(dir, copy)));
  }

  @Override
  public void write(DatasetGraph quads, Set<Node> emptyFirst, Consumer<String> progress) {
    long total = quads.stream().count();
    progress.accept("writing " + total + " triples to " + dir);
    try {
      writeInTransaction(quads, emptyFirst, progress, total);
    } catch (RuntimeException | InternalError e) {
      if (e instanceof InternalError || causedBy(e, IOException.class)) {
        // A full disk shows as an IOException or, through TDB2's memory-mapped files, as an
        // InternalError. The transaction never committed, so the store keeps its old content.
        throw storeUnavailable(
            dir
                + ": cannot write the store: "
                + writeFailure(e)
                + "; the load was abandoned and the store is unchanged",
            e);
      }
      throw e;
    }
  }

  private String writeFailure(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t.getMessage() != null && t.getMessage().contains("No space left on device")) {
        return "the disk is full (free some space and load again)";
      }
    }
    try {
      if (Files.getFileStore(dir).getUsableSpace() < FULL) {
        return "the disk is full (free some space and load again)";
      }
    } catch (IOException ignored) {
      // fall through to the error itself
    }
    return "input/output error ("
        + e.getClass().getSimpleName()
        + (e.getMessage() == null ? "" : ": " + e.getMessage())
        + ")";
  }

  private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  private void writeInTransaction(
      DatasetGraph quads, Set<Node> emptyFirst, Consumer<String> progress, long total) {
    Txn.executeWrite(
        dataset,
        () -> {
          emptyFirst.forEach(g -> dataset.deleteAny(g, Node.ANY, Node.ANY, Node.ANY));
          long[] written = {0};
          quads
              .find()
              .forEachRemaining(
                  quad -> {
                    dataset.add(quad);
                    if (++written[0] % PROGRESS_EVERY == 0) {
                      progress.accept("written " + written[0] + " of " + total + " triples");
                    }
                  });
          dataset.prefixes().putAll(quads.prefixes());
        });
  }

  /** Releases the database, and with it the directory's lock, for other processes. */
  @Override
  public void close() {
    try {
      TDBInternal.expel(dataset);
    } catch (RuntimeException | InternalError e) {
      // After a failed write the files may not close cleanly; the next open recovers the store.
    }
  }
}
