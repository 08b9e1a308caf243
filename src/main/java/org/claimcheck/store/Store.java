package org.claimcheck.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.apache.jena.sparql.exec.RowSetStream;
import org.claimcheck.claimsjson.Review;
import org.claimcheck.sparql.ExecSettings;

/**
 * Where claimcheck's data lives, seen as something that answers read-only SPARQL queries. Rules,
 * statement reading and explanations go through this interface only, so they run the same over an
 * in-memory dataset, a TDB2 database or a remote endpoint. The data a query sees is the facts and
 * the ontology together (in a store: the union of its named graphs).
 *
 * <p>Failures to reach or use the store are STORE_UNAVAILABLE {@link
 * org.claimcheck.error.ClaimcheckException}s naming it.
 */
public interface Store extends AutoCloseable {
  /** Runs a SELECT query and returns all its rows. */
  default RowSetRewindable select(Query query) {
    return select(query, ExecSettings.DEFAULT);
  }

  /** Runs a SELECT query with {@code settings} and returns all its rows. */
  default RowSetRewindable select(Query query, ExecSettings settings) {
    return execute(query, settings, exec -> copy(exec.select()));
  }

  /**
   * Every row of {@code rows}, copied: TDB2's rows look their nodes up lazily, and read after the
   * transaction they come back empty.
   */
  private static RowSetRewindable copy(RowSet rows) {
    List<Binding> copies = new ArrayList<>();
    rows.forEachRemaining(row -> copies.add(BindingFactory.copy(row)));
    return RowSetStream.create(rows.getResultVars(), copies.iterator()).rewindable();
  }

  /** Runs a CONSTRUCT query with {@code settings} and returns the graph it builds. */
  default Graph construct(Query query, ExecSettings settings) {
    return execute(query, settings, QueryExec::construct);
  }

  /**
   * Runs {@code query} with {@code settings} and hands the execution to {@code body}, which must
   * consume the results before it returns (a local store holds a read transaction meanwhile).
   */
  <T> T execute(Query query, ExecSettings settings, Function<QueryExec, T> body);

  /** Applies {@code body} to all the data as one graph, read-only (for SHACL validation). */
  <T> T readAll(Function<Graph, T> body);

  /**
   * As {@link #readAll(Function)}; where the data must be fetched (from an endpoint), the fetch
   * runs with {@code settings}' timeout. Local data is not fetched, so the default ignores them.
   */
  default <T> T readAll(ExecSettings settings, Function<Graph, T> body) {
    return readAll(body);
  }

  /**
   * This store, with every query limited to end by {@code deadline}: each gets the time left as its
   * timeout, and running out is a {@link org.apache.jena.query.QueryCancelledException}. Closing
   * the result closes this store.
   */
  default Store until(java.time.Instant deadline) {
    return new DeadlineStore(this, deadline);
  }

  /**
   * This store for work that reads all of its data many times over (a check: validation, then every
   * rule): where the data is local and at most {@code maxTriples}, a copy in memory, this store
   * closed (rules run 3-5x faster over a graph in memory than over TDB2, validation about 8x:
   * bench/HISTORY.md); otherwise this store itself.
   */
  default Store readIntoMemory(long maxTriples) {
    return this;
  }

  /**
   * How many triples {@link #readIntoMemory} should take: half the heap's limit, the other half
   * left for the work (at 1M triples, the heap held 260-270 MB after each collection).
   */
  static long inMemoryLimit() {
    return Runtime.getRuntime().maxMemory() / 2 / BYTES_PER_TRIPLE_IN_MEMORY;
  }

  /**
   * What a triple takes in memory, with the indexes, rounded up from 1M triples (bench/HISTORY.md).
   */
  long BYTES_PER_TRIPLE_IN_MEMORY = 300;

  /**
   * Where this data's conformance to the shapes is recorded with it: a TDB2 store read into memory
   * ({@link #readIntoMemory}) keeps a {@link ConformanceRecord} in its directory. Other stores keep
   * none.
   */
  default Optional<ConformanceRecord> conformanceRecord() {
    return Optional.empty();
  }

  /**
   * What reading the claims files of this data noted (drafts left out, implicit defaults): only
   * fact files read in memory have any; a store holds the RDF alone.
   */
  default List<Review> reviews() {
    return List.of();
  }

  /** The store as named in messages: {@code in memory}, a directory or a URL without password. */
  String name();

  /** Releases what the store holds open; the default does nothing. */
  @Override
  default void close() {}
}
