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
  public static final Node hostedAs = term("hostedAs");
  public static final Node official = term("official");
  public static final Node Article = term("Article");
  public static final Node Finding = term("Finding");
  public static final Node Rule = term("Rule");
  public static final Node Check = term("Check");
  public static final Node category = term("category");
  public static final Node severity = term("severity");
  public static final Node rule = term("rule");
  public static final Node assertionA = term("assertionA");
  public static final Node assertionB = term("assertionB");
  public static final Node reasoning = term("reasoning");
  public static final Node inArticle = term("inArticle");
  public static final Node polarity = term("polarity");
  public static final Node modality = term("modality");
  public static final Node statedFrom = term("statedFrom");
  public static final Node statedUntil = term("statedUntil");
  public static final Node quote = term("quote");
  public static final Node gloss = term("gloss");
  public static final Node published = term("published");

  private CC() {}

  /** The term of the ontology named {@code localName} in its namespace. */
  public static Node term(String localName) {
    return NodeFactory.createURI(NS + localName);
  }
}
