package org.claimcheck.store;

import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;

/** A store {@code load} can write to, all at once or not at all. */
interface WritableStore extends AutoCloseable {
  /**
   * Empties the graphs {@code emptyFirst}, then adds every quad of {@code quads}, as one atomic
   * change; {@code progress} hears about large writes.
   */
  void write(DatasetGraph quads, Set<Node> emptyFirst, Consumer<String> progress);

  /** Whether opening this store created it (it held nothing before this load). */
  default boolean created() {
    return false;
  }

  @Override
  void close();
}
