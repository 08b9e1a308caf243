package org.claimcheck.store;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@code load} wrote.
 *
 * @param files the RDF files read, in order
 * @param triples how many distinct triples (quads) they gave
 * @param graphs the named graphs those triples went to, sorted
 * @param ontologyTriples the size of the bundled ontology, written to {@link StoreGraphs#ONTOLOGY}
 */
public record LoadResult(List<Path> files, long triples, List<String> graphs, long ontologyTriples) {
  /** Copies the lists. */
  public LoadResult {
    files = List.copyOf(files);
    graphs = List.copyOf(graphs);
  }
}
