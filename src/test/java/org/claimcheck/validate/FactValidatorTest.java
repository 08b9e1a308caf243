package org.claimcheck.validate;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.claimcheck.store.RdfLoader;
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
    RDFParser.source(new ByteArrayInputStream(text.getBytes(UTF_8)))
        .lang(Lang.TURTLE)
        .parse(graph);
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
                "Violation",
                ""),
            new Violation("ex:a", "ex:name", "ex:a needs a name", "Violation", ""),
            new Violation(
                "ex:z",
                "ex:size",
                "size must be a non-negative integer, not -1",
                "Violation",
                "-1"));
  }

  @Test
  void blankNodesAreDescribedByWhatPointsToThem() {
    Graph data =
        turtle(PREFIXES + "ex:owner ex:has [ a ex:Thing ] .\n[ a ex:Thing ; ex:name \"n\" ; ex:size -2 ] .");
    ValidationResult result = FactValidator.validate(turtle(SHAPES), data);
    assertThat(result.violations())
        .extracting(Violation::focusNode)
        .containsExactly(
            "[ <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> ex:Thing ;"
                + " ex:name \"n\" ; ex:size -2 ]",
            "[ex:has of ex:owner]");
  }
}
