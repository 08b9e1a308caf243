package org.claimcheck.claims;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.claimcheck.sparql.ExecSettings;
import org.claimcheck.store.Store;
import org.claimcheck.vocab.CC;

/**
 * The world knowledge of the data, held in memory: labels, place containment, actor part-of,
 * event-type entailment (a narrower type, {@code skos:broader}, entails its broader one),
 * opposition and hosting, and which roles are official. It is small next to the facts (one
 * gazetteer, one list of actors, one taxonomy) and is read with one query, so explanations need no
 * further round trips to the store.
 */
public final class Knowledge {
  private static final Query KNOWLEDGE =
      QueryFactory.create(
          """
          PREFIX cc:   <https://w3id.org/claimcheck#>
          PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
          PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
          CONSTRUCT { ?s ?p ?o } WHERE {
            VALUES ?p { rdfs:label cc:within cc:partOf cc:entails skos:broader cc:opposes cc:hostedAs cc:official }
            ?s ?p ?o
          }
          """);

  private final Map<String, String> labels;
  private final Map<String, List<String>> within;
  private final Map<String, List<String>> partOf;
  private final Map<String, List<String>> entails;
  private final Map<String, List<String>> opposes;
  private final Map<String, List<String>> hostedAs;
  private final Map<String, Boolean> official;

  private Knowledge(Graph graph) {
    labels = englishLabels(graph);
    within = edges(graph, CC.within);
    partOf = edges(graph, CC.partOf);
    entails = edges(graph, CC.entails, SKOS.broader.asNode());
    opposes = edges(graph, CC.opposes);
    hostedAs = edges(graph, CC.hostedAs);
    official = new HashMap<>();
    graph
        .find(Node.ANY, CC.official, Node.ANY)
        .forEachRemaining(
            t -> {
              if (t.getSubject().isURI() && t.getObject().isLiteral()) {
                official.put(
                    t.getSubject().getURI(), "true".equals(t.getObject().getLiteralLexicalForm()));
              }
            });
  }

  /** Reads the knowledge from {@code store}. */
  public static Knowledge read(Store store) {
    // With index joins, each of the five properties is looked up; without, every triple is read.
    return new Knowledge(store.construct(KNOWLEDGE, ExecSettings.LOOKUP));
  }

  /** The English label of {@code iri}, else any label, else its local name. */
  public String label(String iri) {
    String label = labels.get(iri);
    if (label != null) {
      return label;
    }
    int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
    return cut >= 0 && cut < iri.length() - 1 ? iri.substring(cut + 1) : iri;
  }

  /** The places from {@code inner} up to {@code outer} through cc:within, both included. */
  public Optional<List<String>> withinChain(String inner, String outer) {
    return path(within, inner, outer);
  }

  /** The actors from {@code part} up to {@code whole} through cc:partOf, both included. */
  public Optional<List<String>> partOfChain(String part, String whole) {
    return path(partOf, part, whole);
  }

  /** The event types from {@code from} to {@code to} through cc:entails, both included. */
  public Optional<List<String>> entailmentChain(String from, String to) {
    return path(entails, from, to);
  }

  /**
   * Whether a speaker in {@code role} speaks for a party, as the ontology's {@code cc:official}
   * says; a role it says nothing of is taken as official.
   */
  public boolean official(String role) {
    return official.getOrDefault(role, true);
  }

  /** What the host does, by {@code cc:hostedAs}, when an event of {@code type} is on its soil. */
  public List<String> hostedAs(String type) {
    return hostedAs.getOrDefault(type, List.of());
  }

  /** True when the two event types are stated to be opposites. */
  public boolean opposed(String type, String other) {
    return opposes.getOrDefault(type, List.of()).contains(other);
  }

  /** Every event type that {@code type} entails, itself included, nearest first. */
  public List<String> entailedTypes(String type) {
    List<String> seen = new ArrayList<>();
    Deque<String> queue = new ArrayDeque<>(List.of(type));
    while (!queue.isEmpty()) {
      String next = queue.removeFirst();
      if (!seen.contains(next)) {
        seen.add(next);
        queue.addAll(entails.getOrDefault(next, List.of()));
      }
    }
    return seen;
  }

  /** Breadth-first, so the chain is a shortest one; neighbours sorted, so it is always the same. */
  private static Optional<List<String>> path(
      Map<String, List<String>> edges, String from, String to) {
    Map<String, String> cameFrom = new HashMap<>();
    Deque<String> queue = new ArrayDeque<>(List.of(from));
    cameFrom.put(from, from);
    while (!queue.isEmpty()) {
      String node = queue.removeFirst();
      if (node.equals(to)) {
        List<String> chain = new ArrayList<>();
        for (String n = to; ; n = cameFrom.get(n)) {
          chain.add(n);
          if (n.equals(from)) {
            break;
          }
        }
        Collections.reverse(chain);
        return Optional.of(chain);
      }
      for (String next : edges.getOrDefault(node, List.of())) {
        if (cameFrom.putIfAbsent(next, node) == null) {
          queue.addLast(next);
        }
      }
    }
    return Optional.empty();
  }

  /** The links of {@code properties}, all of them as one relation. */
  private static Map<String, List<String>> edges(Graph graph, Node... properties) {
    Map<String, TreeSet<String>> sorted = new TreeMap<>();
    for (Node property : properties) {
      graph
          .find(Node.ANY, property, Node.ANY)
          .forEachRemaining(
              t -> {
                if (t.getSubject().isURI() && t.getObject().isURI()) {
                  sorted
                      .computeIfAbsent(t.getSubject().getURI(), k -> new TreeSet<>())
                      .add(t.getObject().getURI());
                }
              });
    }
    Map<String, List<String>> edges = new HashMap<>();
    sorted.forEach((k, v) -> edges.put(k, List.copyOf(v)));
    return edges;
  }

  private static Map<String, String> englishLabels(Graph graph) {
    Map<String, Node> best = new HashMap<>();
    Comparator<Node> preference =
        Comparator.comparingInt(Knowledge::languageRank).thenComparing(Node::getLiteralLexicalForm);
    graph
        .find(Node.ANY, RDFS.label.asNode(), Node.ANY)
        .forEachRemaining(
            (Triple t) -> {
              if (t.getSubject().isURI() && t.getObject().isLiteral()) {
                best.merge(
                    t.getSubject().getURI(),
                    t.getObject(),
                    (old, neu) -> preference.compare(neu, old) < 0 ? neu : old);
              }
            });
    Map<String, String> labels = new HashMap<>();
    best.forEach((k, v) -> labels.put(k, v.getLiteralLexicalForm()));
    return labels;
  }

  private static int languageRank(Node literal) {
    String lang = literal.getLiteralLanguage();
    if (lang.equals("en") || lang.startsWith("en-")) {
      return 0;
    }
    return lang.isEmpty() ? 1 : 2;
  }
}
