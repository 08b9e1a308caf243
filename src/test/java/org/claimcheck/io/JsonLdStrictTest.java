package org.claimcheck.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.claimcheck.error.ClaimcheckException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * JSON-LD is read as strictly as Turtle: what the JSON-LD library would drop with a warning is an
 * error at its place in the file, and no library warning reaches the terminal.
 */
class JsonLdStrictTest {
  @TempDir Path dir;

  @Test
  void aBadLanguageTagIsAnErrorAtItsPlace() throws IOException {
    assertRefused(
        "{\n  \"@id\": \"https://example.org/a\",\n  \"https://example.org/b\": {\"@value\": \"x\", \"@language\": \"not a tag!\"}\n}\n",
        "3:58: Language tag [not a tag!] is not well formed.");
  }

  @Test
  void aBadIriIsAnErrorAtItsPlace() throws IOException {
    assertRefused(
        "{\"@id\": \"http://exa mple.org/a b\", \"https://example.org/b\": \"x\"}",
        "1:10: Non well-formed subject [http://exa mple.org/a b] would be dropped.");
  }

  @Test
  void aLoneSurrogateIsAnErrorAtItsEscape() throws IOException {
    assertRefused(
        "{\"@id\": \"https://example.org/a\",\n \"https://example.org/b\": \"ok \\ud83d\\ude00 then \\ud800x\"}",
        "2:49: a lone UTF-16 surrogate (half of a character) in a string");
  }

  @Test
  void goodJsonLdStillReads() throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("good.jsonld"),
            "{\"@id\": \"https://example.org/a\", \"https://example.org/b\": {\"@value\": \"x \\ud83d\\ude00\", \"@language\": \"en\"}}");
    Graph graph = RdfLoader.newGraph();
    RdfLoader.readInto(graph, List.of(file));
    assertThat(graph.size()).isEqualTo(1);
    assertThat(graph.find().next().getObject().getLiteralLexicalForm()).isEqualTo("x \uD83D\uDE00");
  }

  private void assertRefused(String json, String where) throws IOException {
    Path file = Files.writeString(dir.resolve("doc.jsonld"), json, StandardCharsets.UTF_8);
    PrintStream terminal = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      assertThatThrownBy(() -> RdfLoader.readInto(RdfLoader.newGraph(), List.of(file)))
          .isInstanceOfSatisfying(
              ClaimcheckException.class,
              e -> assertThat(e.kind()).isEqualTo(ClaimcheckException.Kind.BAD_INPUT))
          .hasMessage(file + ":" + where);
    } finally {
      System.setErr(terminal);
    }
    assertThat(err.toString(StandardCharsets.UTF_8))
        .as("nothing of the library's logging")
        .isEmpty();
  }
}
