package org.claimcheck.io;

import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFBase;
import org.claimcheck.error.ClaimcheckException;
import org.claimcheck.work.Workers;

/**
 * Adds the triples a parser sends to a graph on a second thread, so that parsing and indexing run
 * side by side (indexing is about a fifth of loading into memory). Triples travel in batches;
 * prefixes are set at once. {@link #awaitAll} waits until every triple is in the graph; {@link
 * #close} without it (the parser failed) stops the other thread.
 */
public final class GraphFeeder extends StreamRDFBase implements AutoCloseable {
  private static final int BATCH = 4096;
  private static final Triple[] END = new Triple[0];

  private final Graph graph;
  private final BlockingQueue<Triple[]> batches = new ArrayBlockingQueue<>(16);
  private final Workers worker = Workers.single();
  private final Future<Void> adding;
  private Triple[] batch = new Triple[BATCH];
  private int size;

  public GraphFeeder(Graph graph) {
    this.graph = graph;
    this.adding = worker.submit(this::addAll);
  }

  private Void addAll() throws InterruptedException {
    for (Triple[] next = batches.take(); next != END; next = batches.take()) {
      for (Triple triple : next) {
        graph.add(triple);
      }
    }
    return null;
  }

  @Override
  public void triple(Triple triple) {
    batch[size++] = triple;
    if (size == BATCH) {
      send(batch);
      batch = new Triple[BATCH];
      size = 0;
    }
  }

  @Override
  public void prefix(String prefix, String iri) {
    graph.getPrefixMapping().setNsPrefix(prefix, iri);
  }

  /** Waits until every triple sent is in the graph. */
  public void awaitAll() {
    if (size > 0) {
      send(Arrays.copyOf(batch, size));
      size = 0;
    }
    send(END);
    Workers.result(adding);
  }

  private void send(Triple[] triples) {
    try {
      while (!batches.offer(triples, 100, TimeUnit.MILLISECONDS)) {
        if (adding.isDone()) {
          Workers.result(adding); // the adding thread failed: its exception
          throw new IllegalStateException("the thread adding triples stopped early");
        }
      }
    } catch (InterruptedException e) {
      throw ClaimcheckException.interrupted("interrupted while loading", e);
    }
  }

  @Override
  public void close() {
    worker.close();
  }
}
