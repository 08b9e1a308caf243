package org.claimcheck.validate;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.impl.WrappedGraph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.claimcheck.io.RdfLoader;
import org.junit.jupiter.api.Test;

/** The SHACL facade on shapes written here, independent of the bundled ontology. */
class FactValidatorTest {
  private static final String PREFIXES =
      """
      @prefix sh: <http://www.w3.org/ns/shacl#> .
      @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
      @prefix ex: <https://example.org/> .
      """;

  private static final String SHAPES =
      PREFIXES
          + """
          ex:ThingShape a sh:NodeShape ; sh:targetClass ex:Thing ;
            sh:property [ sh:path ex:name ; sh:minCount 1 ; sh:message "{$this} needs a name" ] ,
                        [ sh:path ex:size ; sh:datatype xsd:integer ; sh:minInclusive 0 ;
                          sh:message "size must be a non-negative integer, not {$value}" ] .
          """;

  private static Graph turtle(String text) {
    Graph graph = RdfLoader.newGraph();
    RDFParser.source(new ByteArrayInputStream(text.getBytes(UTF_8))).lang(Lang.TURTLE).parse(graph);
    return graph;
  }

  @Test
  void conformingData() {
    Graph data = turtle(PREFIXES + "ex:t a ex:Thing ; ex:name \"t\" ; ex:size 3 .");
    ValidationResult result = FactValidator.validate(turtle(SHAPES), data);
    assertThat(result.conforms()).isTrue();
    assertThat(result.violations()).isEmpty();
  }

  @Test
  void violationsAreSortedAndUsePrefixedNamesAndFilledMessages() {
    Graph data =
        turtle(
            PREFIXES
                + """
                ex:z a ex:Thing ; ex:name "z" ; ex:size -1 .
                ex:a a ex:Thing .
                <https://other.example/x> a ex:Thing .
                """);
    ValidationResult result = FactValidator.validate(turtle(SHAPES), data);
    assertThat(result.conforms()).isFalse();
    assertThat(result.violations())
        .containsExactly(
            new Violation(
                "<https://other.example/x>",
                "ex:name",
                "<https://other.example/x> needs a name",
                Violation.Level.VIOLATION,
                "",
                ""),
            new Violation(
                "ex:a", "ex:name", "ex:a needs a name", Violation.Level.VIOLATION, "", ""),
            new Violation(
                "ex:z",
                "ex:size",
                "size must be a non-negative integer, not -1",
                Violation.Level.VIOLATION,
                "-1",
                ""));
  }

  @Test
  void blankNodesAreDescribedByWhatPointsToThem() {
    Graph data =
        turtle(
            PREFIXES
                + "ex:owner ex:has [ a ex:Thing ] .\n[ a ex:Thing ; ex:name \"n\" ; ex:size -2 ] .");
    ValidationResult result = FactValidator.validate(turtle(SHAPES), data);
    assertThat(result.violations())
        .extracting(Violation::focusNode)
        .containsExactly(
            "[ <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> ex:Thing ;"
                + " ex:name \"n\" ; ex:size -2 ]",
            "[ex:has of ex:owner]");
  }

  @Test
  void manyFocusNodesValidatedSideBySideGiveWhatOneThreadGives() {
    StringBuilder text = new StringBuilder(PREFIXES);
    for (int i = 0; i < 10_000; i++) {
      text.append("ex:t").append(i).append(" a ex:Thing");
      if (i % 997 != 0) {
        text.append(" ; ex:name \"t").append(i).append('"');
      }
      text.append(" ; ex:size ").append(i % 1009 == 5 ? -i : i).append(" .\n");
    }
    Graph data = turtle(text.toString());

    ValidationResult sideBySide = FactValidator.validate(turtle(SHAPES), data);
    // Not held in memory as GraphMem2, so validated by Jena in one thread.
    ValidationResult oneThread = FactValidator.validate(turtle(SHAPES), new WrappedGraph(data));

    assertThat(sideBySide.violations()).hasSize(11 + 10).isEqualTo(oneThread.violations());
    assertThat(sideBySide.violations())
        .filteredOn(v -> v.path().equals("ex:name"))
        .extracting(Violation::focusNode)
        .contains("ex:t0", "ex:t997", "ex:t9970");
    assertThat(sideBySide.violations())
        .filteredOn(v -> v.path().equals("ex:size"))
        .extracting(Violation::value)
        .contains("-5", "-9086");
  }
}
