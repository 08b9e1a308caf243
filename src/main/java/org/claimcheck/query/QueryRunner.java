package org.claimcheck.query;

import static org.claimcheck.error.ClaimcheckException.usage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.graph.GraphFactory;
import org.claimcheck.error.ClaimcheckException;
import org.claimcheck.sparql.ExecSettings;
import org.claimcheck.store.Store;
import org.claimcheck.work.Watchdog;

/**
 * Runs one user query read-only over any store and renders its result. Refuses SPARQL Update,
 * {@code SERVICE} unless allowed, and a format that does not fit the query form, all before the
 * store is opened; a query that runs out of time is a TIMEOUT.
 */
public final class QueryRunner {
  private QueryRunner() {}

  /**
   * What a query gave, written in its format.
   *
   * @param text the result
   * @param truncated whether rows or triples beyond the request's cap were left out (the JSON and
   *     XML result formats then carry a {@code link} to {@link QueryWriter#TRUNCATED} in their
   *     head)
   */
  public record Output(String text, boolean truncated) {}

  /** Runs {@code request} and returns the result written in its format. */
  public static Output run(QueryRequest request) {
    Query query = UserQuery.parse(request.text(), request.source(), request.allowService());
    boolean graphs = query.isConstructType() || query.isDescribeType();
    QueryFormat format = request.format().orElse(graphs ? QueryFormat.TURTLE : QueryFormat.TABLE);
    if (format.forGraphs() != graphs) {
      throw usage(
          "--format "
              + format.id()
              + " does not fit a "
              + query.queryType().name()
              + " query (use "
              + QueryFormat.all(graphs).stream()
                  .map(QueryFormat::id)
                  .collect(Collectors.joining(", "))
              + ")");
    }
    ExecSettings settings =
        new ExecSettings(
            UserQuery.bindings(query, request.params()),
            Optional.of(request.timeout()),
            request.allowService(),
            false);
    QueryResult result;
    try (Store store = request.data().open()) {
      String overrun =
          request.source()
              + ": the query did not stop at its time limit of "
              + request.timeout().toSeconds()
              + " s (a step Jena cannot interrupt, such as a runaway regular expression, was running); stopped"
              + " (raise the limit with --timeout SECONDS)";
      result =
          store.execute(
              query,
              settings,
              exec -> {
                try (Watchdog.Guard guard =
                    Watchdog.at(Instant.now().plus(request.timeout()).plusSeconds(1), overrun)) {
                  return collect(exec, request.maxRows());
                }
              });
    } catch (QueryCancelledException e) {
      throw ClaimcheckException.timeout(
          request.source()
              + ": the query did not finish within "
              + request.timeout().toSeconds()
              + " s (raise the limit with --timeout SECONDS)");
    }
    return new Output(
        QueryWriter.write(result, format, query.getPrefixMapping()), result.truncated());
  }

  /**
   * Reads the result, inside the store's read transaction, up to {@code max} rows or triples; the
   * rest is never read.
   */
  private static QueryResult collect(QueryExec exec, long max) {
    Query query = exec.getQuery();
    if (query.isSelectType()) {
      RowSet rows = exec.select();
      List<Binding> kept = new ArrayList<>();
      while (kept.size() < max && rows.hasNext()) {
        kept.add(rows.next());
      }
      return new QueryResult.Rows(
          RowSetStream.create(rows.getResultVars(), kept.iterator()).rewindable(), rows.hasNext());
    }
    if (query.isAskType()) {
      return new QueryResult.Answer(exec.ask());
    }
    Iterator<Triple> triples =
        query.isConstructType() ? exec.constructTriples() : exec.describeTriples();
    Graph graph = GraphFactory.createDefaultGraph();
    while (graph.size() < max && triples.hasNext()) {
      graph.add(triples.next());
    }
    return new QueryResult.Triples(graph, triples.hasNext());
  }
}
