package org.claimcheck.query;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.exec.RowSetRewindable;

/** The materialised result of a query, by query form. */
sealed interface QueryResult {
  /** SELECT; {@code truncated} when rows beyond the cap were left out. */
  record Rows(RowSetRewindable rows, boolean truncated) implements QueryResult {}

  /** ASK. */
  record Answer(boolean yes) implements QueryResult {}

  /** CONSTRUCT or DESCRIBE; {@code truncated} when triples beyond the cap were left out. */
  record Triples(Graph graph, boolean truncated) implements QueryResult {}

  /** Whether part of the result was left out. */
  default boolean truncated() {
    return this instanceof Rows r ? r.truncated() : this instanceof Triples t && t.truncated();
  }
}
