package org.claimcheck.vocab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.claimcheck.io.BundledResources;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/vocabulary.md} is the full list of the bundled vocabulary, generated from the
 * ontology: this test writes it anew in memory and fails when the committed file differs. Run
 * {@code mvn test -Dtest=VocabularyDocTest -Dgolden.update=true} after changing the ontology.
 */
class VocabularyDocTest {
  private static final Path DOC = Path.of("docs/vocabulary.md");
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");
  private static final Graph ONTOLOGY = BundledResources.ontology();
  private static final String PLOVER = "https://github.com/openeventdata/PLOVER#";
  private static final String CAMEO = "http://eventdata.parusanalytics.com/data.dir/cameo.html#";

  @Test
  void theVocabularyDocumentIsCurrent() throws IOException {
    String generated = document();
    if (UPDATE) {
      Files.writeString(DOC, generated, StandardCharsets.UTF_8);
    }
    assertThat(DOC)
        .as("docs/vocabulary.md is missing: run with -Dgolden.update=true")
        .isRegularFile();
    assertThat(Files.readString(DOC, StandardCharsets.UTF_8))
        .as(
            "docs/vocabulary.md is stale: run mvn test -Dtest=VocabularyDocTest -Dgolden.update=true")
        .isEqualTo(generated);
  }

  @Test
  void theDocumentListsEveryEventTypeOnce() throws IOException {
    String generated = document();
    Set<Node> types = instances(CC.term("EventType"));
    assertThat(types).hasSizeGreaterThanOrEqualTo(60);
    for (Node type : types) {
      assertThat(generated)
          .as("event type %s", type)
          .containsOnlyOnce("| `cc:" + local(type) + "` |");
    }
  }

  static String document() {
    StringBuilder md = new StringBuilder();
    md.append("# The claimcheck vocabulary\n\n")
        .append(
            "Generated from the bundled ontology (`ontology/claimcheck.ttl`, `ontology/events.ttl`,\n")
        .append(
            "`ontology/world.ttl`) by `VocabularyDocTest`; do not edit by hand. In a claims file, name a\n")
        .append(
            "term by its prefixed name (`cc:Invasion`) or any English or Arabic label or alias.\n\n");
    md.append("## Event types\n\n")
        .append(
            "A narrower type (`skos:broader`) entails its broader one; `cc:entails` and `cc:opposes` link the\n")
        .append(
            "rest; `cc:hostedAs` says what the host does when the event happens on its territory.\n")
        .append("PLOVER and CAMEO are the `skos:closeMatch`/`skos:exactMatch` of each type.\n");
    List<Node> families = new ArrayList<>(instances(SKOS.Collection.asNode()));
    families.sort(Comparator.comparing(VocabularyDocTest::english));
    for (Node family : families) {
      md.append("\n### ")
          .append(english(family))
          .append(" (")
          .append(arabic(family))
          .append(")\n\n")
          .append("| type | label | Arabic | also | links | PLOVER | CAMEO |\n")
          .append("| --- | --- | --- | --- | --- | --- | --- |\n");
      List<Node> members = objects(family, SKOS.member.asNode());
      members.sort(Comparator.comparing(VocabularyDocTest::english));
      for (Node type : members) {
        List<String> links = new ArrayList<>();
        link(links, "broader", type, SKOS.broader.asNode());
        link(links, "entails", type, CC.entails);
        link(links, "opposes", type, CC.opposes);
        link(links, "hosted as", type, CC.hostedAs);
        md.append("| `cc:")
            .append(local(type))
            .append("` | ")
            .append(english(type))
            .append(" | ")
            .append(arabic(type))
            .append(" | ")
            .append(String.join(", ", altLabels(type, "en")))
            .append(" | ")
            .append(String.join("; ", links))
            .append(" | ")
            .append(matches(type, PLOVER))
            .append(" | ")
            .append(matches(type, CAMEO))
            .append(" |\n");
      }
    }
    md.append(
        "\n## Roles\n\n| role | label | Arabic | official | also |\n| --- | --- | --- | --- | --- |\n");
    for (Node role : sorted(instances(CC.term("Role")))) {
      String official = literal(role, CC.official);
      md.append("| `cc:")
          .append(local(role))
          .append("` | ")
          .append(english(role))
          .append(" | ")
          .append(arabic(role))
          .append(" | ")
          .append(official.isEmpty() ? "true" : official)
          .append(" | ")
          .append(String.join(", ", altLabels(role, "en")))
          .append(" |\n");
    }
    for (String[] kind :
        new String[][] {
          {"Stances (polarity)", "Polarity"},
          {"Modalities", "Modality"},
          {"Units", "Unit"},
          {"Exactness", "Exactness"},
          {"Measures", "Measure"}
        }) {
      md.append("\n## ")
          .append(kind[0])
          .append("\n\n| term | label | Arabic | meaning |\n| --- | --- | --- | --- |\n");
      for (Node term : sorted(instances(CC.term(kind[1])))) {
        md.append("| `cc:")
            .append(local(term))
            .append("` | ")
            .append(english(term))
            .append(" | ")
            .append(arabic(term))
            .append(" | ")
            .append(literal(term, RDFS.comment.asNode()))
            .append(" |\n");
      }
    }
    md.append(
            "\nA count may also be a bound, written as its exactness: `more than`, `at least`, `fewer than`,\n")
        .append("`at most` (`up to`); or a range `[lowest, highest]`.\n");
    for (String[] kind :
        new String[][] {
          {"Kinds of source", "Source"}, {"Kinds of actor", "Actor"}, {"Kinds of place", "Place"}
        }) {
      md.append("\n## ")
          .append(kind[0])
          .append("\n\n| class | label | Arabic |\n| --- | --- | --- |\n");
      for (Node c : sorted(subclasses(CC.term(kind[1])))) {
        md.append("| `cc:")
            .append(local(c))
            .append("` | ")
            .append(english(c))
            .append(" | ")
            .append(arabic(c))
            .append(" |\n");
      }
    }
    Set<Node> countries = instances(CC.term("Country"));
    List<Node> regions = sorted(instances(CC.term("Region")));
    md.append("\n## Gazetteer\n\n")
        .append(countries.size())
        .append(
            " countries and territories (`place:` + the English name in UpperCamelCase, such as\n")
        .append("`place:UnitedStates`; every ISO 3166-1 code) and ")
        .append(regions.size())
        .append(" regions:\n\n")
        .append(
            regions.stream()
                .map(r -> "`place:" + local(r) + "` (" + english(r) + ")")
                .collect(Collectors.joining(", ")))
        .append(".\n");
    return md.toString();
  }

  private static void link(List<String> links, String name, Node type, Node property) {
    List<Node> targets = objects(type, property);
    if (!targets.isEmpty()) {
      links.add(
          name
              + " "
              + targets.stream()
                  .map(t -> "`cc:" + local(t) + "`")
                  .sorted()
                  .collect(Collectors.joining(", ")));
    }
  }

  private static String matches(Node type, String namespace) {
    Set<String> found = new TreeSet<>();
    for (Node property : List.of(SKOS.closeMatch.asNode(), SKOS.exactMatch.asNode())) {
      for (Node target : objects(type, property)) {
        if (target.isURI() && target.getURI().startsWith(namespace)) {
          found.add(target.getURI().substring(namespace.length()));
        }
      }
    }
    return String.join(", ", found);
  }

  private static Set<Node> instances(Node type) {
    Set<Node> found = new TreeSet<>(Comparator.comparing(Node::getURI));
    for (Node c : subclasses(type)) {
      ONTOLOGY
          .find(Node.ANY, RDF.type.asNode(), c)
          .forEachRemaining(
              t -> {
                if (t.getSubject().isURI()) {
                  found.add(t.getSubject());
                }
              });
    }
    return found;
  }

  private static Set<Node> subclasses(Node root) {
    Set<Node> found = new TreeSet<>(Comparator.comparing(Node::getURI));
    List<Node> queue = new ArrayList<>(List.of(root));
    while (!queue.isEmpty()) {
      Node next = queue.remove(queue.size() - 1);
      if (next.isURI() && found.add(next)) {
        ONTOLOGY
            .find(Node.ANY, RDFS.subClassOf.asNode(), next)
            .forEachRemaining(t -> queue.add(t.getSubject()));
      }
    }
    return found;
  }

  private static List<Node> sorted(Set<Node> nodes) {
    List<Node> list = new ArrayList<>(nodes);
    list.sort(Comparator.comparing(VocabularyDocTest::english).thenComparing(Node::getURI));
    return list;
  }

  private static List<Node> objects(Node s, Node p) {
    return new ArrayList<>(ONTOLOGY.find(s, p, Node.ANY).mapWith(Triple::getObject).toList());
  }

  private static String english(Node n) {
    return label(n, "en");
  }

  private static String arabic(Node n) {
    return label(n, "ar");
  }

  private static String label(Node n, String lang) {
    return objects(n, RDFS.label.asNode()).stream()
        .filter(o -> o.isLiteral() && lang.equals(o.getLiteralLanguage()))
        .map(Node::getLiteralLexicalForm)
        .sorted()
        .findFirst()
        .orElse("");
  }

  private static List<String> altLabels(Node n, String lang) {
    return objects(n, SKOS.altLabel.asNode()).stream()
        .filter(o -> o.isLiteral() && lang.equals(o.getLiteralLanguage()))
        .map(Node::getLiteralLexicalForm)
        .sorted()
        .toList();
  }

  private static String literal(Node n, Node p) {
    return objects(n, p).stream()
        .filter(Node::isLiteral)
        .map(Node::getLiteralLexicalForm)
        .sorted()
        .findFirst()
        .orElse("")
        .replace("|", "\\|");
  }

  private static String local(Node n) {
    String iri = n.getURI();
    return iri.substring(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1);
  }
}
