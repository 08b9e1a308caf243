package org.claimcheck.store;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.claimcheck.claimsjson.Review;
import org.claimcheck.io.LoadedGraph;
import org.claimcheck.sparql.ExecSettings;
import org.claimcheck.sparql.QuerySafety;

/**
 * A {@link Store} over a dataset in this JVM (in memory, or a TDB2 dataset opened locally). Every
 * query runs inside a read transaction.
 */
public final class InMemoryStore implements Store {
  private final DatasetGraph dataset;
  private final Graph data;
  private final String name;
  private final boolean unionDefaultGraph;
  private final Optional<ConformanceRecord> record;
  private final List<Review> reviews;

  /** A store over {@code dataset} whose queries and validation see its default graph. */
  public InMemoryStore(DatasetGraph dataset) {
    this(dataset, false, "in memory");
  }

  /**
   * A store over {@code dataset}; with {@code unionDefaultGraph} (TDB2), queries and validation see
   * the union of its named graphs.
   */
  InMemoryStore(DatasetGraph dataset, boolean unionDefaultGraph, String name) {
    this(dataset, unionDefaultGraph, name, Optional.empty(), List.of());
  }

  /** As above, remembering conformance in {@code record} (a copy of a TDB2 store). */
  InMemoryStore(
      DatasetGraph dataset,
      boolean unionDefaultGraph,
      String name,
      Optional<ConformanceRecord> record) {
    this(dataset, unionDefaultGraph, name, record, List.of());
  }

  private InMemoryStore(
      DatasetGraph dataset,
      boolean unionDefaultGraph,
      String name,
      Optional<ConformanceRecord> record,
      List<Review> reviews) {
    this.reviews = reviews;
    this.record = record;
    this.dataset = dataset;
    this.data = unionDefaultGraph ? dataset.getUnionGraph() : dataset.getDefaultGraph();
    this.name = name;
    this.unionDefaultGraph = unionDefaultGraph;
  }

  /** A store whose default graph is {@code graph}. */
  public static InMemoryStore of(Graph graph) {
    return new InMemoryStore(DatasetGraphFactory.wrap(graph));
  }

  /** A store over the facts and ontology of {@code loaded}, with what reading them noted. */
  static InMemoryStore of(LoadedGraph loaded) {
    return new InMemoryStore(
        DatasetGraphFactory.wrap(loaded.graph()),
        false,
        "in memory",
        Optional.empty(),
        loaded.reviews());
  }

  @Override
  public List<Review> reviews() {
    return reviews;
  }

  @Override
  public <T> T execute(Query query, ExecSettings settings, Function<QueryExec, T> body) {
    return Txn.calculateRead(
        dataset,
        () -> {
          QueryExecBuilder builder =
              QuerySafety.apply(QueryExec.dataset(dataset), settings).query(query);
          if (unionDefaultGraph) {
            builder.set(TDB2.symUnionDefaultGraph, true);
          }
          try (QueryExec exec = builder.build()) {
            return body.apply(exec);
          }
        });
  }

  @Override
  public <T> T readAll(Function<Graph, T> body) {
    return Txn.calculateRead(dataset, () -> body.apply(data));
  }

  @Override
  public Optional<ConformanceRecord> conformanceRecord() {
    return record;
  }

  @Override
  public String name() {
    return name;
  }
}
