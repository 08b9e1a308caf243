package org.claimcheck.store;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.exec.QueryExec;
import org.claimcheck.claimsjson.Review;
import org.claimcheck.sparql.ExecSettings;

/**
 * A store whose queries must all end by one instant: each query gets the time left as its timeout
 * (a local query is cancelled by ARQ, a remote one by the HTTP client), and a query asked for after
 * the deadline fails at once. Time running out is a {@link QueryCancelledException}.
 */
final class DeadlineStore implements Store {
  private final Store store;
  private final Instant deadline;

  DeadlineStore(Store store, Instant deadline) {
    this.store = store;
    this.deadline = deadline;
  }

  private ExecSettings limited(ExecSettings settings) {
    Duration left = Duration.between(Instant.now(), deadline);
    if (left.isNegative() || left.isZero()) {
      throw new QueryCancelledException();
    }
    Duration timeout = settings.timeout().filter(t -> t.compareTo(left) < 0).orElse(left);
    return settings.withTimeout(timeout);
  }

  @Override
  public <T> T execute(Query query, ExecSettings settings, Function<QueryExec, T> body) {
    return store.execute(query, limited(settings), body);
  }

  @Override
  public <T> T readAll(Function<Graph, T> body) {
    return store.readAll(limited(ExecSettings.DEFAULT), body);
  }

  @Override
  public <T> T readAll(ExecSettings settings, Function<Graph, T> body) {
    return store.readAll(limited(settings), body);
  }

  @Override
  public Optional<ConformanceRecord> conformanceRecord() {
    return store.conformanceRecord();
  }

  @Override
  public List<Review> reviews() {
    return store.reviews();
  }

  @Override
  public String name() {
    return store.name();
  }

  @Override
  public void close() {
    store.close();
  }
}
