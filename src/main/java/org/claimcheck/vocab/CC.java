package org.claimcheck.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** IRIs of the claimcheck ontology ({@code ontology/claimcheck.ttl}) that code refers to. */
public final class CC {
  /** The ontology's namespace. */
  public static final String NS = "https://w3id.org/claimcheck#";

  public static final Node Assertion = term("Assertion");
  public static final Node Affirms = term("Affirms");
  public static final Node Denies = term("Denies");
  public static final Node Fact = term("Fact");
  public static final Node speaker = term("speaker");
  public static final Node onBehalfOf = term("onBehalfOf");
  public static final Node within = term("within");
  public static final Node partOf = term("partOf");
  public static final Node entails = term("entails");
  public static final Node opposes = term("opposes");

  private CC() {}

  private static Node term(String localName) {
    return NodeFactory.createURI(NS + localName);
  }
}
