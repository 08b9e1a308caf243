package org.claimcheck.vocab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDFS;
import org.claimcheck.io.BundledResources;
import org.junit.jupiter.api.Test;

/** The ontology documents every term it defines, in English and Arabic. */
class OntologyTest {
  private static final Graph ONTOLOGY = BundledResources.ontology();

  static Set<String> terms() {
    Set<String> terms = new TreeSet<>();
    ONTOLOGY
        .find(Node.ANY, Node.ANY, Node.ANY)
        .mapWith(Triple::getSubject)
        .filterKeep(s -> s.isURI() && s.getURI().startsWith(CC.NS))
        .forEachRemaining(s -> terms.add(s.getURI()));
    return terms;
  }

  @Test
  void everyTermHasAnEnglishAndAnArabicLabelAndAOneLineComment() {
    assertThat(terms()).hasSizeGreaterThan(100);
    assertThat(terms())
        .allSatisfy(
            term -> {
              Node node = NodeFactory.createURI(term);
              List<Node> labels = objects(node, RDFS.label.asNode());
              assertThat(labels)
                  .as("English label of %s", term)
                  .anyMatch(l -> l.getLiteralLanguage().equals("en"));
              assertThat(labels)
                  .as("Arabic label of %s", term)
                  .anyMatch(l -> l.getLiteralLanguage().equals("ar"));
              List<Node> comments = objects(node, RDFS.comment.asNode());
              assertThat(comments).as("comment of %s", term).hasSize(1);
              assertThat(comments.get(0).getLiteralLexicalForm())
                  .as("comment of %s", term)
                  .doesNotContain("\n");
            });
  }

  @Test
  void everyConstantOfTheCodeIsDefinedByTheOntology() throws IllegalAccessException {
    for (Field field : CC.class.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == Node.class) {
        Node term = (Node) field.get(null);
        assertThat(terms()).as(field.getName()).contains(term.getURI());
      }
    }
  }

  /**
   * The terms the code names in strings, which the compiler cannot check: {@code cc("X")}, {@code
   * CC.term("X")}, {@code CC.NS + "X"}, and {@code cc:X} in SPARQL or Turtle written in Java, in
   * the bundled rules and in the shapes. A misspelt one would be a wrong IRI that matches nothing.
   */
  @Test
  void everyTermNamedInTheCodeTheRulesAndTheShapesIsDefinedByTheOntology() throws IOException {
    Pattern called = Pattern.compile("(?:\\bcc|\\bterm|CC\\.NS \\+ )\\(?\\s*\"([A-Za-z]\\w*)\"");
    Pattern prefixed = Pattern.compile("(?<![\\w:/#.-])cc:([A-Za-z]\\w*)");
    Map<String, Set<String>> unknown = new TreeMap<>();
    Set<String> terms = terms();
    List<Path> sources = new ArrayList<>();
    for (Path dir : List.of(Path.of("src/main/java"), Path.of("ontology/rules"))) {
      try (Stream<Path> files = Files.walk(dir)) {
        files
            .filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".rq"))
            .forEach(sources::add);
      }
    }
    sources.add(Path.of("ontology/shapes.ttl"));
    int named = 0;
    for (Path file : sources) {
      String text = Files.readString(file);
      for (Pattern pattern : List.of(called, prefixed)) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
          named++;
          if (!terms.contains(CC.NS + m.group(1))) {
            unknown.computeIfAbsent(m.group(1), k -> new TreeSet<>()).add(file.toString());
          }
        }
      }
    }
    assertThat(named).as("terms named in the code, rules and shapes").isGreaterThan(300);
    assertThat(unknown)
        .as("terms not defined in the ontology, with where they are named")
        .isEmpty();
  }

  private static List<Node> objects(Node subject, Node property) {
    return ONTOLOGY.find(subject, property, Node.ANY).mapWith(Triple::getObject).toList();
  }
}
