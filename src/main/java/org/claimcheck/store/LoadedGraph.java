package org.claimcheck.store;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;

/**
 * Facts read from files, merged with the bundled ontology.
 *
 * @param files the RDF files read, in the order read
 * @param factTriples how many distinct triples the files gave, before the ontology was added
 * @param graph the facts and the ontology in one in-memory graph
 */
public record LoadedGraph(List<Path> files, long factTriples, Graph graph) {
  /** Copies {@code files}. */
  public LoadedGraph {
    files = List.copyOf(files);
  }
}
