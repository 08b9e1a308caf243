package org.claimcheck;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.claimcheck.store.StoreSpec;

/**
 * One load of fact files into a store.
 *
 * @param target a TDB2 store (created if missing) or an endpoint
 * @param paths the RDF and claims files, and directories of them
 * @param graph the graph for every triple, if given
 * @param replace whether each graph written is emptied first
 * @param progress hears progress lines, for large inputs only
 */
public record LoadRequest(
    StoreSpec target,
    List<Path> paths,
    Optional<String> graph,
    boolean replace,
    Consumer<String> progress) {
  /** Copies {@code paths}. */
  public LoadRequest {
    paths = List.copyOf(paths);
  }
}
