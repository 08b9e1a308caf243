package org.claimcheck.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.exec.RowSetRewindable;

/**
 * Where claimcheck's data lives, seen as something that answers read-only SPARQL queries. Rules,
 * statement reading and explanations go through this interface only, so they run the same over
 * an in-memory dataset, a TDB2 database or a remote endpoint.
 */
public interface Store extends AutoCloseable {
  /** Runs a SELECT query and returns all its rows. */
  RowSetRewindable select(Query query);

  /** Runs a CONSTRUCT query and returns the graph it builds. */
  Graph construct(Query query);

  /** Releases what the store holds open; the default does nothing. */
  @Override
  default void close() {}
}
