package org.claimcheck.store;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The named graphs claimcheck writes in a store. Queries over a store see the union of all its
 * named graphs, so the facts and the ontology are read together wherever they were loaded.
 */
public final class StoreGraphs {
  /** Where {@code load} puts triples that no {@code --graph} and no TriG/N-Quads graph place. */
  public static final String FACTS = "https://w3id.org/claimcheck/graph/facts";

  /** Where {@code load} keeps the bundled ontology, replaced on every load. */
  public static final String ONTOLOGY = "https://w3id.org/claimcheck/graph/ontology";

  /** Prefix of the IRIs that stand for the blank nodes of loaded files. */
  public static final String GENID = "https://w3id.org/claimcheck/.well-known/genid/";

  private StoreGraphs() {}

  static Node node(String iri) {
    return NodeFactory.createURI(iri);
  }
}
