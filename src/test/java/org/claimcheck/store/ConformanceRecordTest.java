package org.claimcheck.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.claimcheck.io.RdfLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The record a TDB2 directory keeps of a conforming validation, and what it vouches for. */
class ConformanceRecordTest {
  @TempDir Path dir;

  private static Triple triple(String s, String o) {
    return Triple.create(
        NodeFactory.createURI("https://example.org/" + s),
        NodeFactory.createURI("https://example.org/p"),
        NodeFactory.createLiteralString(o));
  }

  private static Graph graph(Triple... triples) {
    Graph graph = RdfLoader.newGraph();
    for (Triple t : triples) {
      graph.add(t);
    }
    return graph;
  }

  @Test
  void theFingerprintIsOfTheSetOfTriplesInAnyOrder() {
    String one =
        ConformanceRecord.fingerprint(graph(triple("a", "1"), triple("b", "2"), triple("c", "3")));
    String other =
        ConformanceRecord.fingerprint(graph(triple("c", "3"), triple("a", "1"), triple("b", "2")));
    assertThat(one).isEqualTo(other).startsWith("3 ");
  }

  @Test
  void anyChangeToTheTriplesChangesTheFingerprint() {
    String before = ConformanceRecord.fingerprint(graph(triple("a", "900"), triple("b", "2")));
    assertThat(
            List.of(
                ConformanceRecord.fingerprint(graph(triple("a", "9000"), triple("b", "2"))),
                ConformanceRecord.fingerprint(graph(triple("a", "900"))),
                ConformanceRecord.fingerprint(
                    graph(triple("a", "900"), triple("b", "2"), triple("c", "2"))),
                // the same nodes in other places
                ConformanceRecord.fingerprint(graph(triple("b", "900"), triple("a", "2")))))
        .doesNotContain(before)
        .doesNotHaveDuplicates();
  }

  /**
   * Values whose Java hash codes are equal ("Aa" and "BB", and so "AaBB" and "BBAa") made equal
   * fingerprints while the fingerprint summed node hash codes: a changed store skipped validation.
   */
  @Test
  void valuesWithEqualHashCodesHaveDifferentFingerprints() {
    assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
    assertThat(
            List.of(
                ConformanceRecord.fingerprint(graph(triple("a", "Aa"))),
                ConformanceRecord.fingerprint(graph(triple("a", "BB"))),
                ConformanceRecord.fingerprint(graph(triple("a", "AaBB"))),
                ConformanceRecord.fingerprint(graph(triple("a", "BBAa"))),
                // a literal and an IRI of the same text, and a typed literal, are different nodes
                ConformanceRecord.fingerprint(
                    graph(
                        Triple.create(
                            NodeFactory.createURI("https://example.org/a"),
                            NodeFactory.createURI("https://example.org/p"),
                            NodeFactory.createURI("Aa")))),
                ConformanceRecord.fingerprint(
                    graph(
                        Triple.create(
                            NodeFactory.createURI("https://example.org/a"),
                            NodeFactory.createURI("https://example.org/p"),
                            NodeFactory.createLiteralLang("Aa", "en"))))))
        .doesNotHaveDuplicates();
  }

  @Test
  void theSumCarriesAcrossWords() {
    // Many triples make the 256-bit sum wrap its lower words; order must still not matter.
    Triple[] forward = new Triple[2000];
    Triple[] backward = new Triple[2000];
    for (int i = 0; i < forward.length; i++) {
      forward[i] = triple("s" + i, Integer.toString(i));
      backward[forward.length - 1 - i] = forward[i];
    }
    assertThat(ConformanceRecord.fingerprint(graph(forward)))
        .isEqualTo(ConformanceRecord.fingerprint(graph(backward)))
        .matches("2000 [0-9a-f]{64}");
  }

  @Test
  void aRecordHoldsOnlyForTheContentAndTheShapesItWasWrittenFor() {
    Graph data = graph(triple("a", "1"), triple("b", "2"));
    ConformanceRecord record = new ConformanceRecord(dir, data);
    assertThat(record.holds("shapes-1")).as("no record yet").isFalse();

    record.record("shapes-1");
    assertThat(dir.resolve(ConformanceRecord.FILE)).exists();
    assertThat(dir.resolve(ConformanceRecord.FILE + ".new")).doesNotExist();
    assertThat(
            new ConformanceRecord(dir, graph(triple("b", "2"), triple("a", "1"))).holds("shapes-1"))
        .isTrue();
    assertThat(new ConformanceRecord(dir, data).holds("shapes-2")).as("other shapes").isFalse();
    assertThat(new ConformanceRecord(dir, graph(triple("a", "1"))).holds("shapes-1"))
        .as("other content")
        .isFalse();
  }

  @Test
  void aDamagedRecordHoldsForNothing() throws Exception {
    Graph data = graph(triple("a", "1"));
    new ConformanceRecord(dir, data).record("shapes-1");
    Path file = dir.resolve(ConformanceRecord.FILE);
    Files.writeString(file, Files.readString(file).substring(0, 40));
    assertThat(new ConformanceRecord(dir, data).holds("shapes-1")).isFalse();
  }

  @Test
  void aRecordThatCannotBeWrittenIsLeftOut() {
    Path missing = dir.resolve("no such directory");
    ConformanceRecord record = new ConformanceRecord(missing, graph(triple("a", "1")));
    record.record("shapes-1");
    assertThat(missing).doesNotExist();
    assertThat(record.holds("shapes-1")).isFalse();
  }
}
