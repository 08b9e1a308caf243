package org.claimcheck.claimsjson;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.claimcheck.io.ClaimsFiles;
import org.claimcheck.io.RdfLoader;
import org.junit.jupiter.api.Test;

/**
 * The bundled article written in the JSON claims format gives exactly its Turtle facts, but for the
 * text file: the claims file may only name one in its own directory, and names the passages it
 * quotes, kept beside it.
 */
class RoundTripTest {
  static final Path JSON = Path.of("examples/claims/2021-02-22-coalition-denies-extra-troops.json");
  static final Path TURTLE = Path.of("facts/articles/2021-02-22-coalition-denies-extra-troops.ttl");

  @Test
  void importingTheBundledArticleGivesAGraphIsomorphicToItsTurtleFacts() {
    // cc:textFile is relative to where the RDF lives: beside the Turtle file.
    Graph imported = ClaimsFiles.read(JSON, Path.of("facts"), TURTLE.getParent()).graph();
    Graph expected = RdfLoader.newGraph();
    RdfLoader.readInto(expected, List.of(TURTLE));
    Node textFile = NodeFactory.createURI("https://w3id.org/claimcheck#textFile");
    assertThat(
            imported
                .find(Node.ANY, textFile, Node.ANY)
                .mapWith(t -> t.getObject().getLiteralLexicalForm())
                .toList())
        .containsExactly(
            "../../examples/claims/2021-02-22-coalition-denies-extra-troops.quoted.txt");
    assertThat(
            expected
                .find(Node.ANY, textFile, Node.ANY)
                .mapWith(t -> t.getObject().getLiteralLexicalForm())
                .toList())
        .containsExactly("2021-02-22-coalition-denies-extra-troops.txt");
    imported.remove(Node.ANY, textFile, Node.ANY);
    expected.remove(Node.ANY, textFile, Node.ANY);

    assertThat(groundDifference(imported, expected)).as("triples only in the import").isEmpty();
    assertThat(groundDifference(expected, imported)).as("triples only in the Turtle").isEmpty();
    assertThat(imported.size()).isEqualTo(expected.size());
    assertThat(imported.isIsomorphicWith(expected)).isTrue();
  }

  /** Triples without blank nodes in {@code a} but not in {@code b}: a readable first diagnosis. */
  private static List<String> groundDifference(Graph a, Graph b) {
    return a.find().toList().stream()
        .filter(t -> !t.getSubject().isBlank() && !t.getObject().isBlank())
        .filter(t -> !b.contains(t))
        .map(Triple::toString)
        .sorted()
        .toList();
  }
}
