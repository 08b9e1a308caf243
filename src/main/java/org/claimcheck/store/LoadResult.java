package org.claimcheck.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What {@code load} wrote.
 *
 * @param files the RDF files read, in order
 * @param triples how many distinct triples (quads) they gave
 * @param graphs the named graphs those triples went to, sorted
 * @param ontologyTriples the size of the bundled ontology, written to {@link StoreGraphs#ONTOLOGY}
 * @param draftsLeftOut how many claims of the claims files read were drafts, not loaded
 * @param stored the whole content of the store after the load, in memory as a check would read it,
 *     where the load knows it without reading the store back: a TDB2 store the load created, small
 *     enough for {@link Store#inMemoryLimit()}
 */
public record LoadResult(
    List<Path> files,
    long triples,
    List<String> graphs,
    long ontologyTriples,
    long draftsLeftOut,
    Optional<Store> stored) {
  /** Copies the lists. */
  public LoadResult {
    files = List.copyOf(files);
    graphs = List.copyOf(graphs);
  }
}
