package org.claimcheck.query;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.exec.RowSetRewindable;

/** The materialised result of a query, by query form. */
sealed interface QueryResult {
  /** SELECT. */
  record Rows(RowSetRewindable rows) implements QueryResult {}

  /** ASK. */
  record Answer(boolean yes) implements QueryResult {}

  /** CONSTRUCT or DESCRIBE. */
  record Triples(Graph graph) implements QueryResult {}
}
