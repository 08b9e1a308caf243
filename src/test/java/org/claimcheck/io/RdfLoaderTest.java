package org.claimcheck.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.shared.AddDeniedException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.NullIterator;
import org.claimcheck.error.ClaimcheckException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RdfLoaderTest {
  private static final String TRIPLE = "<https://example.org/a> <https://example.org/b> \"x\" .\n";
  private static final String QUAD =
      "<https://example.org/a> <https://example.org/b> \"y\" <https://example.org/g> .\n";

  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text, UTF_8);
  }

  /** A compressor over a file's stream: {@code GZIPOutputStream::new} and the like. */
  private interface Compressor {
    OutputStream over(OutputStream out) throws IOException;
  }

  private Path compressed(String name, String text, Compressor compressor) throws IOException {
    Path file = dir.resolve(name);
    try (OutputStream out = compressor.over(Files.newOutputStream(file))) {
      out.write(text.getBytes(UTF_8));
    }
    return file;
  }

  private static Graph graphOf(Path... files) {
    Graph graph = RdfLoader.newGraph();
    RdfLoader.readInto(graph, List.of(files));
    return graph;
  }

  @Test
  void directoriesAreWalkedInPathOrderKeepingOnlyRdfFiles() throws IOException {
    Path b = write("b/one.nt", TRIPLE);
    Path a = write("a.ttl", TRIPLE);
    Path c = write("c/d/two.jsonld", "{}");
    write("a-notes.txt", "text");
    write("c/README.md", "text");

    assertThat(RdfFiles.expand(List.of(dir))).containsExactly(a, b, c);
  }

  @Test
  void explicitFilesKeepTheirOrder() throws IOException {
    Path b = write("b.ttl", TRIPLE);
    Path a = write("a.ttl", TRIPLE);
    assertThat(RdfFiles.expand(List.of(b, a))).containsExactly(b, a);
  }

  @Test
  void byteOrderMarkIsAccepted() throws IOException {
    Path file = dir.resolve("bom.ttl");
    byte[] text = TRIPLE.getBytes(UTF_8);
    byte[] bytes = new byte[text.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(text, 0, bytes, 3, text.length);
    Files.write(file, bytes);

    assertThat(graphOf(file).size()).isEqualTo(1);
  }

  @Test
  void quadsKeepTheirGraphsInADatasetAndMergeIntoAGraph() throws IOException {
    Path triples = write("t.ttl", TRIPLE);
    Path quads = write("q.nq", QUAD);

    DatasetGraph dataset = RdfLoader.readDataset(List.of(triples, quads));
    assertThat(dataset.getDefaultGraph().size()).isEqualTo(1);
    assertThat(dataset.getGraph(NodeFactory.createURI("https://example.org/g")).size())
        .isEqualTo(1);

    assertThat(graphOf(triples, quads).size()).isEqualTo(2);
  }

  @Test
  void jsonLdWithAnInlineContextIsRead() throws IOException {
    Path file =
        write(
            "inline.jsonld",
            "{\"@context\": {\"name\": \"https://example.org/name\"},"
                + " \"@id\": \"https://example.org/a\", \"name\": \"x\"}");
    assertThat(graphOf(file).size()).isEqualTo(1);
  }

  @Test
  void rdfXmlIsRead() throws IOException {
    Path file =
        write(
            "doc.rdf",
            "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\""
                + " xmlns:ex=\"https://example.org/\">"
                + "<rdf:Description rdf:about=\"https://example.org/a\"><ex:b>x</ex:b>"
                + "</rdf:Description></rdf:RDF>");
    assertThat(graphOf(file).size()).isEqualTo(1);
  }

  @Test
  void rdfXmlWithAnExternalEntityIsRefusedNotReadAsEmpty() throws IOException {
    Path file =
        write(
            "xxe.rdf",
            "<?xml version=\"1.0\"?>\n"
                + "<!DOCTYPE rdf:RDF [<!ENTITY xxe SYSTEM \"file:///etc/hostname\">]>\n"
                + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\""
                + " xmlns:ex=\"https://example.org/\">"
                + "<rdf:Description rdf:about=\"https://example.org/a\"><ex:b>&xxe;</ex:b>"
                + "</rdf:Description></rdf:RDF>");

    assertThatThrownBy(() -> graphOf(file))
        .isInstanceOf(ClaimcheckException.class)
        .hasMessage(
            file
                + ":2:20: external XML entities, external DTDs and parameter entities are not allowed (they would read a file or a URL)");
  }

  @Test
  void gzipAndBzip2FilesAreReadAsTheSyntaxBeforeTheirExtension() throws IOException {
    String turtle = "@prefix ex: <https://example.org/> .\nex:a ex:b \"x\" , \"z\" .\n";
    Path plain = write("plain.ttl", turtle);
    Path gz = compressed("data.ttl.gz", turtle, GZIPOutputStream::new);
    Path bz2 = compressed("quads.NQ.BZ2", QUAD, BZip2CompressorOutputStream::new);
    write("notes.txt.gz", "not RDF");

    assertThat(RdfFiles.expand(List.of(dir))).containsExactly(gz, plain, bz2);
    assertThat(graphOf(gz).isIsomorphicWith(graphOf(plain))).isTrue();
    assertThat(graphOf(gz).size()).isEqualTo(2);
    assertThat(
            RdfLoader.readDataset(List.of(bz2))
                .getGraph(NodeFactory.createURI("https://example.org/g"))
                .size())
        .isEqualTo(1);
  }

  @Test
  void aCutOrFakeCompressedFileIsBadInputNamingIt() throws IOException {
    Path gz = compressed("cut.nt.gz", TRIPLE.repeat(1000), GZIPOutputStream::new);
    byte[] whole = Files.readAllBytes(gz);
    Files.write(gz, java.util.Arrays.copyOf(whole, whole.length / 2));
    Path fake = write("fake.ttl.bz2", TRIPLE);
    assertThatThrownBy(() -> graphOf(gz))
        .isInstanceOf(ClaimcheckException.class)
        .hasMessageStartingWith(gz + ":")
        .hasMessageContaining("Unexpected end of ZLIB input stream");
    assertThatThrownBy(() -> graphOf(fake))
        .isInstanceOf(ClaimcheckException.class)
        .hasMessage(fake + ": cannot read: not bzip2 data: Stream is not in the BZip2 format");
  }

  @Test
  void brokenJsonIsBadInputWithItsPlace() throws IOException {
    Path file = write("broken.jsonld", "{\n  \"@id\": \n}");
    assertThatThrownBy(() -> RdfLoader.readInto(RdfLoader.newGraph(), List.of(file)))
        .isInstanceOfSatisfying(
            ClaimcheckException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(ClaimcheckException.Kind.BAD_INPUT);
              assertThat(e.getMessage()).startsWith(file + ":");
            });
  }

  @Test
  void bundledResourcesAreNamedOnTheClasspath() {
    assertThat(BundledResources.ONTOLOGY)
        .startsWith("ontology/claimcheck.ttl")
        .contains("ontology/events.ttl");
    assertThat(BundledResources.SHAPES).isEqualTo("ontology/shapes.ttl");
  }

  @Test
  void aMissingBundledResourceIsAPackagingBug() {
    assertThatThrownBy(() -> BundledResources.graph("ontology/no-such-file.ttl"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("ontology/no-such-file.ttl");
  }

  @Test
  void aGraphThatRefusesTriplesStopsTheLoadWithItsErrorInsteadOfWaiting() throws IOException {
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 100_000; i++) { // more than the batches that can wait for the graph
      lines.append("<https://example.org/a> <https://example.org/b> \"").append(i).append("\" .\n");
    }
    Path file = write("many.nt", lines.toString());
    Graph refusing =
        new GraphBase() {
          @Override
          public void performAdd(Triple t) {
            throw new AddDeniedException("this graph is full");
          }

          @Override
          protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
            return NullIterator.instance();
          }
        };

    assertThatThrownBy(() -> RdfLoader.readInto(refusing, List.of(file)))
        .isInstanceOf(ClaimcheckException.class)
        .hasMessage(file + ": cannot be parsed: this graph is full");
  }
}
