package org.claimcheck.vocab;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
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

  private static List<Node> objects(Node subject, Node property) {
    return ONTOLOGY.find(subject, property, Node.ANY).mapWith(Triple::getObject).toList();
  }
}
