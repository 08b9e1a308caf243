package org.claimcheck.query;

import static org.claimcheck.error.ClaimcheckException.badInput;

import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.exec.QueryExec;
import org.claimcheck.error.ClaimcheckException;
import org.claimcheck.store.ExecSettings;
import org.claimcheck.store.Store;

/**
 * Runs one user query read-only over any store and renders its result. Refuses SPARQL Update,
 * {@code SERVICE} unless allowed, and a format that does not fit the query form, all before the
 * store is opened; a query that runs out of time is a TIMEOUT.
 */
public final class QueryRunner {
  private QueryRunner() {}

  /** Runs {@code request} and returns the result written in its format. */
  public static String run(QueryRequest request) {
    Query query = UserQuery.parse(request.text(), request.source(), request.allowService());
    boolean graphs = query.isConstructType() || query.isDescribeType();
    QueryFormat format = request.format().orElse(graphs ? QueryFormat.TURTLE : QueryFormat.TABLE);
    if (format.forGraphs() != graphs) {
      throw badInput(
          "--format " + format.id() + " does not fit a " + query.queryType().name() + " query (use "
              + QueryFormat.all(graphs).stream().map(QueryFormat::id).collect(Collectors.joining(", "))
              + ")");
    }
    ExecSettings settings =
        new ExecSettings(
            UserQuery.bindings(query, request.params()),
            Optional.of(request.timeout()),
            request.allowService());
    QueryResult result;
    try (Store store = request.data().open()) {
      result = store.execute(query, settings, QueryRunner::collect);
    } catch (QueryCancelledException e) {
      throw ClaimcheckException.timeout(
          request.source() + ": the query did not finish within " + request.timeout().toSeconds()
              + " s (raise the limit with --timeout SECONDS)");
    }
    return QueryWriter.write(result, format, query.getPrefixMapping());
  }

  /** Reads the whole result, inside the store's read transaction; a cap on rows belongs here. */
  private static QueryResult collect(QueryExec exec) {
    Query query = exec.getQuery();
    if (query.isSelectType()) {
      return new QueryResult.Rows(exec.select().rewindable());
    }
    if (query.isAskType()) {
      return new QueryResult.Answer(exec.ask());
    }
    return new QueryResult.Triples(query.isConstructType() ? exec.construct() : exec.describe());
  }
}
