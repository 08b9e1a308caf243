package org.claimcheck.store;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.system.Txn;

/** A {@link Store} over a dataset in this JVM (in memory, or a TDB2 dataset opened locally). */
public final class InMemoryStore implements Store {
  private final DatasetGraph dataset;

  public InMemoryStore(DatasetGraph dataset) {
    this.dataset = dataset;
  }

  /** A store whose default graph is {@code graph}. */
  public static InMemoryStore of(Graph graph) {
    return new InMemoryStore(DatasetGraphFactory.wrap(graph));
  }

  @Override
  public RowSetRewindable select(Query query) {
    return Txn.calculateRead(
        dataset,
        () -> {
          try (QueryExec exec = build(query)) {
            // Copy every row inside the transaction: TDB2's rows look their nodes up lazily, and
            // after the transaction they come back empty.
            RowSet rows = exec.select();
            List<Binding> copies = new ArrayList<>();
            rows.forEachRemaining(row -> copies.add(BindingFactory.copy(row)));
            return RowSetStream.create(rows.getResultVars(), copies.iterator()).rewindable();
          }
        });
  }

  @Override
  public Graph construct(Query query) {
    return Txn.calculateRead(
        dataset,
        () -> {
          try (QueryExec exec = build(query)) {
            return exec.construct();
          }
        });
  }

  private QueryExec build(Query query) {
    return QueryExec.dataset(dataset).query(query).context(QuerySafety.context()).build();
  }
}
