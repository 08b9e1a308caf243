package org.claimcheck.claimsjson;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * Every name a claims file may use, by kind: the IRI, the prefixed name ({@code actor:USForces},
 * {@code cc:TroopIncrease}) and every {@code rdfs:label} and {@code skos:altLabel} in any language,
 * matched in their {@link Folding folded} form.
 */
final class NameIndex {
  /** One way of writing one thing. */
  private record Entry(String written, String folded, Node node) {}

  private static final int SUGGESTIONS = 3;

  /** Where the items of claims files live: such an item answers to its bare id in every file. */
  private static final String DECLARED = "https://w3id.org/claimcheck/id/";

  private final Graph graph;
  private final PrefixMapping prefixes;
  private final Map<TermKind, List<Entry>> entries = new HashMap<>();
  private final Map<TermKind, Map<String, Set<Node>>> byFolded = new HashMap<>();
  private final Map<TermKind, Map<Node, Set<String>>> byNode = new HashMap<>();

  /**
   * Indexes the names in {@code known} (the ontology, the shared actors and the gazetteer).
   * Prefixed names use the prefixes of {@code known}.
   */
  NameIndex(Graph known) {
    this.graph = known;
    this.prefixes = PrefixMapping.Factory.create().setNsPrefixes(known.getPrefixMapping());
    for (TermKind kind : TermKind.values()) {
      entries.put(kind, new ArrayList<>());
      byFolded.put(kind, new HashMap<>());
      byNode.put(kind, new LinkedHashMap<>());
      Set<Node> classes = subclasses(kind.root);
      Set<Node> members = new TreeSet<>(Comparator.comparing(Node::getURI));
      if (kind.classes) {
        members.addAll(classes);
      } else {
        for (Node type : classes) {
          known
              .find(Node.ANY, RDF.type.asNode(), type)
              .forEachRemaining(
                  t -> {
                    if (t.getSubject().isURI()) {
                      members.add(t.getSubject());
                    }
                  });
        }
      }
      for (Node member : members) {
        List<String> names = labels(member);
        if (member.getURI().startsWith(DECLARED)) {
          names.add(member.getURI().substring(member.getURI().lastIndexOf('/') + 1));
        }
        add(kind, member, names);
      }
    }
  }

  /** Adds {@code node}, a new actor or place, under its IRI, prefixed name and {@code names}. */
  void add(TermKind kind, Node node, List<String> names) {
    List<String> written = new ArrayList<>();
    written.add(node.getURI());
    String prefixed = prefixes.qnameFor(node.getURI());
    if (prefixed != null) {
      written.add(prefixed);
    }
    written.addAll(names);
    for (String name : written) {
      String folded = Folding.fold(name);
      entries.get(kind).add(new Entry(name, folded, node));
      byFolded.get(kind).computeIfAbsent(folded, k -> new LinkedHashSet<>()).add(node);
      byNode.get(kind).computeIfAbsent(node, k -> new LinkedHashSet<>()).add(name);
    }
  }

  /** Every way {@code node} may be written as a {@code kind}: IRI, prefixed name, labels, id. */
  List<String> forms(TermKind kind, Node node) {
    return List.copyOf(byNode.get(kind).getOrDefault(node, Set.of()));
  }

  /** Whether {@code node} is known as a {@code kind}. */
  boolean knows(TermKind kind, Node node) {
    return byNode.get(kind).containsKey(node);
  }

  /** Sets the prefix that new IRIs of a namespace are written with. */
  void prefix(String prefix, String namespace) {
    if (prefixes.getNsPrefixURI(prefix) == null) {
      prefixes.setNsPrefix(prefix, namespace);
    }
  }

  /**
   * The thing of kind {@code kind} that {@code name} stands for.
   *
   * @throws Unresolved if it stands for nothing (with the closest names) or for several things
   */
  Node resolve(TermKind kind, String name) {
    Set<Node> found = byFolded.get(kind).getOrDefault(Folding.fold(name), Set.of());
    if (found.size() == 1) {
      return found.iterator().next();
    }
    if (found.size() > 1) {
      throw new Unresolved(
          "ambiguous "
              + kind.noun
              + " \""
              + name
              + "\": it names "
              + found.stream().map(this::describe).sorted().collect(Collectors.joining(", "))
              + "; write the prefixed name of the one meant",
          false);
    }
    throw new Unresolved(
        "unknown " + kind.noun + " \"" + name + "\"" + rest(kind, suggestions(kind, name)), true);
  }

  /** The things known as a {@code kind}, in the order they were indexed. */
  List<Node> members(TermKind kind) {
    return List.copyOf(byNode.get(kind).keySet());
  }

  /**
   * The rest of an unknown-value error after its {@code suggestions} (empty or a question): every
   * accepted value of a small closed kind (roles, units, ...), else how to declare one and the
   * command that lists them all.
   */
  private String rest(TermKind kind, String suggestions) {
    List<Node> members = members(kind);
    boolean open = kind == TermKind.ACTOR || kind == TermKind.PLACE;
    if (!open && members.size() <= TermKind.LISTED_WHOLE) {
      String all =
          members.stream().map(this::preferredLabel).sorted().collect(Collectors.joining(", "))
              + (kind == TermKind.EXACTNESS
                  ? ", or a bound: " + String.join(", ", Vocabulary.BOUNDS)
                  : "");
      return suggestions.isEmpty() ? "; accepted: " + all : suggestions + " Accepted: " + all;
    }
    String section =
        switch (kind) {
          case ACTOR -> "actors";
          case PLACE -> "places";
          case EVENT_TYPE -> "eventTypes";
          default -> null;
        };
    String list =
        "'claimcheck vocabulary --kind " + kind.id + " --match WORDS' finds the known ones";
    String declare = section == null ? list : "declare it under \"" + section + "\" (" + list + ")";
    return suggestions.isEmpty()
        ? " and no known " + kind.noun + " has a similar name; " + declare
        : suggestions + " If not, " + declare;
  }

  /** A failed resolution; the caller adds the place in the file. */
  static final class Unresolved extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Whether the name stands for nothing (rather than for several things). */
    final boolean unknown;

    Unresolved(String message, boolean unknown) {
      super(message, null, false, false);
      this.unknown = unknown;
    }
  }

  /** The prefixed name of {@code node}, or its IRI in angle brackets. */
  String shortName(Node node) {
    String prefixed = prefixes.qnameFor(node.getURI());
    return prefixed != null ? prefixed : "<" + node.getURI() + ">";
  }

  private String describe(Node node) {
    return shortName(node) + " (" + preferredLabel(node) + ")";
  }

  private String suggestions(TermKind kind, String name) {
    String folded = Folding.fold(name);
    int limit = Math.max(3, folded.length() / 2);
    Map<Node, Entry> best = new HashMap<>();
    Map<Node, Integer> distances = new HashMap<>();
    for (Entry entry : entries.get(kind)) {
      if (entry.written().contains("://") || entry.written().equals(shortName(entry.node()))) {
        continue; // the suggestion shows the prefixed name anyway
      }
      int d = closeness(folded, entry.folded());
      if (d <= limit && d < distances.getOrDefault(entry.node(), Integer.MAX_VALUE)) {
        distances.put(entry.node(), d);
        best.put(entry.node(), entry);
      }
    }
    List<String> closest =
        best.values().stream()
            .sorted(
                Comparator.comparingInt((Entry e) -> distances.get(e.node()))
                    .thenComparing(Entry::written))
            .limit(SUGGESTIONS)
            .map(e -> "\"" + e.written() + "\" (" + shortName(e.node()) + ")")
            .toList();
    if (closest.isEmpty()) {
      return "";
    }
    return "; did you mean " + String.join(", or ", closest) + "?";
  }

  /** Edit distance, but 1 when one name holds the other (a surname for a full name). */
  private static int closeness(String a, String b) {
    String shorter = a.length() <= b.length() ? a : b;
    String longer = shorter == a ? b : a;
    if (shorter.length() >= 3 && longer.contains(shorter)) {
      return 1;
    }
    return Folding.distance(a, b);
  }

  /** The English label of {@code node}, else a name it was indexed under, else its IRI. */
  String preferredLabel(Node node) {
    List<String> labels = new ArrayList<>();
    graph
        .find(node, RDFS.label.asNode(), Node.ANY)
        .forEachRemaining(
            t -> {
              if (t.getObject().isLiteral() && "en".equals(t.getObject().getLiteralLanguage())) {
                labels.add(t.getObject().getLiteralLexicalForm());
              }
            });
    for (Map<Node, Set<String>> written : byNode.values()) {
      for (String name : written.getOrDefault(node, Set.of())) {
        if (!name.contains(":")) {
          labels.add(name);
        }
      }
    }
    return labels.isEmpty() ? node.getURI() : labels.get(0);
  }

  private List<String> labels(Node node) {
    List<String> labels = new ArrayList<>();
    for (Node property : List.of(RDFS.label.asNode(), SKOS.altLabel.asNode())) {
      for (Triple t : graph.find(node, property, Node.ANY).toList()) {
        if (t.getObject().isLiteral()) {
          labels.add(t.getObject().getLiteralLexicalForm());
        }
      }
    }
    labels.sort(Comparator.naturalOrder());
    return labels;
  }

  /** {@code root} and every class below it through {@code rdfs:subClassOf}. */
  private Set<Node> subclasses(Node root) {
    Set<Node> found = new HashSet<>();
    List<Node> queue = new ArrayList<>(List.of(root));
    while (!queue.isEmpty()) {
      Node next = queue.remove(queue.size() - 1);
      if (found.add(next)) {
        graph
            .find(Node.ANY, RDFS.subClassOf.asNode(), next)
            .forEachRemaining(t -> queue.add(t.getSubject()));
      }
    }
    found.removeIf(n -> !n.isURI());
    return found;
  }
}
