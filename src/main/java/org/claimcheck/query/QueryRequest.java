package org.claimcheck.query;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.claimcheck.store.StoreSpec;

/**
 * One user query.
 *
 * @param text the SPARQL query
 * @param source how the query is named in error messages: {@code query} or the file's path
 * @param data the store to query
 * @param params {@code NAME=VALUE} bindings; VALUE is one RDF term in Turtle syntax
 * @param timeout how long the query may run
 * @param allowService whether {@code SERVICE} may call other hosts
 * @param format the output format; empty for the default of the query form
 * @param maxRows the most rows (SELECT) or triples (CONSTRUCT, DESCRIBE) written; more are cut off
 */
public record QueryRequest(
    String text,
    String source,
    StoreSpec data,
    List<String> params,
    Duration timeout,
    boolean allowService,
    Optional<QueryFormat> format,
    long maxRows) {
  /** Copies {@code params}. */
  public QueryRequest {
    params = List.copyOf(params);
  }
}
