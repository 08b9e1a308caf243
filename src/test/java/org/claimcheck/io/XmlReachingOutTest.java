package org.claimcheck.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.claimcheck.LoopbackServer;
import org.claimcheck.error.ClaimcheckException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An RDF/XML document that would make the parser fetch a DTD or an entity is refused before it is
 * parsed, and the server it names, a real one on loopback, hears nothing.
 */
class XmlReachingOutTest {
  private static final String MESSAGE =
      "external XML entities, external DTDs and parameter entities are not allowed (they would read a file or a URL)";
  private static final String BODY =
      "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns:ex=\"https://example.org/\">"
          + "<rdf:Description rdf:about=\"https://example.org/a\"><ex:b>&x;</ex:b></rdf:Description></rdf:RDF>\n";

  @TempDir Path dir;
  private LoopbackServer server;
  private String url;

  @BeforeEach
  void startServer() throws IOException {
    server = new LoopbackServer();
    server.on(
        "/",
        exchange -> {
          byte[] dtd = "<!ENTITY x \"fetched\">".getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, dtd.length);
          exchange.getResponseBody().write(dtd);
        });
    url = server.url("/x.dtd");
  }

  @AfterEach
  void stopServer() {
    server.close();
  }

  @Test
  void anExternalDtdIsRefusedAndNeverFetched() throws IOException {
    assertRefused("<?xml version=\"1.0\"?>\n<!DOCTYPE rdf:RDF SYSTEM \"" + url + "\">\n", "2:1");
    assertRefused("<!DOCTYPE rdf:RDF PUBLIC \"-//Example//DTD x//EN\" \"" + url + "\">\n", "1:1");
  }

  @Test
  void aParameterEntityIsRefusedAndNeverFetched() throws IOException {
    assertRefused(
        "<!DOCTYPE rdf:RDF [\n  <!ENTITY % remote SYSTEM \"" + url + "\"> %remote;\n]>\n", "2:3");
    // An internal parameter entity could declare an external one where no check sees it.
    assertRefused(
        "<!DOCTYPE rdf:RDF [\n  <!ENTITY % p \"&#60;!ENTITY x SYSTEM '" + url + "'>\"> %p;\n]>\n",
        "2:3");
  }

  @Test
  void aDoctypeAfterAProcessingInstructionOrACommentIsStillSeen() throws IOException {
    assertRefused(
        "<?xml version=\"1.0\"?>\n<?note <inside a processing instruction ?>\n"
            + "<!-- <also> a comment -->\n<!DOCTYPE rdf:RDF SYSTEM \""
            + url
            + "\">\n",
        "4:1");
  }

  @Test
  void internalEntitiesAsOwlToolsWriteThemStillWork() throws IOException {
    Path file =
        write(
            "<?xml version=\"1.0\"?>\n<!DOCTYPE rdf:RDF [\n  <!ENTITY x \"expanded\">\n]>\n"
                + BODY);
    Graph graph = RdfLoader.newGraph();
    RdfLoader.readInto(graph, List.of(file));
    Node value =
        graph
            .find(Node.ANY, NodeFactory.createURI("https://example.org/b"), Node.ANY)
            .next()
            .getObject();
    assertThat(value.getLiteralLexicalForm()).isEqualTo("expanded");
    assertThat(server.requests).isEmpty();
  }

  private void assertRefused(String prolog, String lineCol) throws IOException {
    Path file = write(prolog + BODY);
    assertThatThrownBy(() -> RdfLoader.readInto(RdfLoader.newGraph(), List.of(file)))
        .isInstanceOfSatisfying(
            ClaimcheckException.class,
            e -> assertThat(e.kind()).isEqualTo(ClaimcheckException.Kind.BAD_INPUT))
        .hasMessage(file + ":" + lineCol + ": " + MESSAGE);
    assertThat(server.requests).as("requests to the server the document names").isEmpty();
  }

  private Path write(String text) throws IOException {
    return Files.writeString(dir.resolve("doc.rdf"), text, StandardCharsets.UTF_8);
  }
}
