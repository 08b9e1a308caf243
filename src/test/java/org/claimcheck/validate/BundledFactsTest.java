package org.claimcheck.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.claimcheck.io.RdfLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The bundled articles: conforming, quoted verbatim, and modeled sentence by sentence. */
class BundledFactsTest {
  private static final Path FACTS = Path.of("facts");
  private static final String CC = "https://w3id.org/claimcheck#";

  static Stream<Path> articleFiles() throws IOException {
    try (Stream<Path> files = Files.list(FACTS.resolve("articles"))) {
      return files.filter(f -> f.toString().endsWith(".ttl")).sorted().toList().stream();
    }
  }

  @Test
  void bundledFactsConformToTheShapes() {
    ValidationRun run = FactValidator.validateFiles(List.of(FACTS));

    assertThat(run.result().violations()).isEmpty();
    assertThat(run.result().conforms()).isTrue();
    assertThat(run.files()).hasSizeGreaterThanOrEqualTo(3);
  }

  @ParameterizedTest
  @MethodSource("articleFiles")
  void everyQuoteIsAVerbatimPassageOfTheArticle(Path articleFile) throws IOException {
    Graph graph = read(articleFile);
    String text = articleText(graph, articleFile);

    List<String> quotes = quotes(graph);

    assertThat(quotes).hasSizeGreaterThan(20);
    assertThat(quotes).allSatisfy(q -> assertThat(text).as("article text").contains(q));
  }

  @ParameterizedTest
  @MethodSource("articleFiles")
  void everySentenceOfTheArticleIsCoveredByAnAssertion(Path articleFile) throws IOException {
    Graph graph = read(articleFile);
    List<String> quotes = quotes(graph);

    List<String> sentences = sentences(articleText(graph, articleFile));

    assertThat(sentences).hasSizeGreaterThan(10);
    assertThat(sentences)
        .allSatisfy(
            sentence ->
                assertThat(quotes)
                    .as("quotes covering: %s", sentence)
                    .anySatisfy(q -> assertThat(sentence).contains(q)));
  }

  @Test
  void bothSpellingsOfMcKenzieNameOneActor() {
    Graph actors = read(FACTS.resolve("actors.ttl"));

    for (String spelling : List.of("ماكنزي", "ماكينزي")) {
      assertThat(
              actors
                  .find(Node.ANY, Node.ANY, NodeFactory.createLiteralLang(spelling, "ar"))
                  .mapWith(t -> t.getSubject().getURI())
                  .toList())
          .as(spelling)
          .containsExactly("https://w3id.org/claimcheck/id/actor/KennethMcKenzie");
    }
  }

  @Test
  void sentenceSplittingKeepsQuotedSubheadingWhole() {
    assertThat(sentences("عنوان\nقال: \"نص\". جملة ثانية.\n"))
        .containsExactly("عنوان", "قال: \"نص\".", "جملة ثانية.");
  }

  /** Lines, cut further after a full stop, question or exclamation mark followed by a space. */
  static List<String> sentences(String text) {
    List<String> sentences = new ArrayList<>();
    for (String line : text.split("\n")) {
      Arrays.stream(line.split("(?<=[.!?؟])\\s+"))
          .map(String::strip)
          .filter(s -> !s.isEmpty())
          .forEach(sentences::add);
    }
    return sentences;
  }

  private static List<String> quotes(Graph graph) {
    List<String> quotes = new ArrayList<>();
    for (String property : List.of("quote", "restatedAs")) {
      graph
          .find(Node.ANY, uri(property), Node.ANY)
          .mapWith(Triple::getObject)
          .forEachRemaining(o -> quotes.add(o.getLiteralLexicalForm()));
    }
    return quotes;
  }

  private static String articleText(Graph graph, Path articleFile) throws IOException {
    List<Triple> textFiles = graph.find(Node.ANY, uri("textFile"), Node.ANY).toList();
    assertThat(textFiles).as("cc:textFile of %s", articleFile).hasSize(1);
    Path textFile =
        articleFile.resolveSibling(textFiles.get(0).getObject().getLiteralLexicalForm());
    return Files.readString(textFile, StandardCharsets.UTF_8);
  }

  private static Graph read(Path file) {
    Graph graph = RdfLoader.newGraph();
    RdfLoader.readInto(graph, List.of(file));
    return graph;
  }

  private static Node uri(String localName) {
    return NodeFactory.createURI(CC + localName);
  }
}
