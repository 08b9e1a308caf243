package org.claimcheck.io;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.claimcheck.claimsjson.Review;

/**
 * Facts read from files, merged with the bundled ontology.
 *
 * @param files the RDF files read, in the order read
 * @param factTriples how many distinct triples the files gave, before the ontology was added
 * @param graph the facts and the ontology in one in-memory graph
 * @param reviews what reading each claims file noted, in the order read
 */
public record LoadedGraph(List<Path> files, long factTriples, Graph graph, List<Review> reviews) {
  /** Copies the lists. */
  public LoadedGraph {
    files = List.copyOf(files);
    reviews = List.copyOf(reviews);
  }
}
