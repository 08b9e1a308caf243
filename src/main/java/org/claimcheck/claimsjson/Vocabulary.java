package org.claimcheck.claimsjson;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * The names a claims file may use, kind by kind, with their labels and comments: what {@code
 * claimcheck vocabulary} lists and {@code claimcheck schema} turns into enums.
 */
public final class Vocabulary {
  /**
   * One term.
   *
   * @param kind what it is
   * @param name its prefixed name ({@code cc:Withdrawal}), or its IRI where no prefix fits
   * @param iri its IRI
   * @param labels its label in each language, by language tag, English first, then by tag
   * @param aliases its other names in each language, sorted, in the order of {@code labels}
   * @param comment its English comment, or empty
   * @param forms every way a claims file may write it: prefixed name, IRI, labels, aliases, and the
   *     bare id of an item a claims file declared
   */
  public record Term(
      TermKind kind,
      String name,
      String iri,
      Map<String, String> labels,
      Map<String, List<String>> aliases,
      String comment,
      List<String> forms) {
    /** Copies the maps, English first, then by language tag. */
    public Term {
      labels = Collections.unmodifiableMap(inLanguageOrder(labels));
      aliases = Collections.unmodifiableMap(inLanguageOrder(aliases));
      forms = List.copyOf(forms);
    }

    private static <V> Map<String, V> inLanguageOrder(Map<String, V> byLanguage) {
      Map<String, V> ordered = new LinkedHashMap<>();
      if (byLanguage.containsKey("en")) {
        ordered.put("en", byLanguage.get("en"));
      }
      new TreeMap<>(byLanguage).forEach(ordered::putIfAbsent);
      return ordered;
    }

    /** Its English label, else any label, else its name. */
    public String label() {
      return labels.getOrDefault("en", labels.values().stream().findFirst().orElse(name));
    }

    /** Whether {@code words}, folded, occur in one of its written forms, folded. */
    public boolean matches(String words) {
      String folded = Folding.fold(words);
      return forms.stream().anyMatch(form -> Folding.fold(form).contains(folded));
    }
  }

  /** What a count's {@code exactness} may say instead of an exactness: the number is a bound. */
  public static final List<String> BOUNDS =
      List.of("more than", "at least", "fewer than", "less than", "at most", "up to");

  private final Graph graph;
  private final NameIndex names;

  private Vocabulary(Graph graph) {
    this.graph = graph;
    this.names = new NameIndex(graph);
  }

  /** The vocabulary of {@code known}: the bundled ontology and whatever facts were read into it. */
  public static Vocabulary of(Graph known) {
    return new Vocabulary(known);
  }

  /** The terms of {@code kind}, sorted by name. */
  public List<Term> terms(TermKind kind) {
    return names.members(kind).stream()
        .map(node -> term(kind, node))
        .sorted(Comparator.comparing(Term::name))
        .toList();
  }

  private Term term(TermKind kind, Node node) {
    Map<String, String> labels = new TreeMap<>();
    Map<String, List<String>> aliases = new TreeMap<>();
    List<Triple> named = new ArrayList<>(graph.find(node, RDFS.label.asNode(), Node.ANY).toList());
    named.sort(Comparator.comparing(t -> t.getObject().toString()));
    for (Triple t : named) {
      if (t.getObject().isLiteral()) {
        String lang = language(t.getObject());
        String text = t.getObject().getLiteralLexicalForm();
        if (labels.putIfAbsent(lang, text) != null) {
          aliases.computeIfAbsent(lang, k -> new ArrayList<>()).add(text);
        }
      }
    }
    graph
        .find(node, SKOS.altLabel.asNode(), Node.ANY)
        .forEachRemaining(
            t -> {
              if (t.getObject().isLiteral()) {
                aliases
                    .computeIfAbsent(language(t.getObject()), k -> new ArrayList<>())
                    .add(t.getObject().getLiteralLexicalForm());
              }
            });
    aliases.values().forEach(list -> list.sort(null));
    String comment =
        graph.find(node, RDFS.comment.asNode(), Node.ANY).toList().stream()
            .map(Triple::getObject)
            .filter(
                o ->
                    o.isLiteral()
                        && (o.getLiteralLanguage().isEmpty()
                            || o.getLiteralLanguage().equals("en")))
            .map(Node::getLiteralLexicalForm)
            .sorted()
            .findFirst()
            .orElse("");
    String name = names.shortName(node);
    return new Term(
        kind,
        name.startsWith("<") ? node.getURI() : name,
        node.getURI(),
        labels,
        aliases,
        comment,
        names.forms(kind, node));
  }

  private static String language(Node literal) {
    String lang = literal.getLiteralLanguage();
    return lang.isEmpty() ? "und" : lang;
  }
}
