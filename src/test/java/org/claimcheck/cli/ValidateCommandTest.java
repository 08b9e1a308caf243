package org.claimcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ValidationReport;
import org.junit.jupiter.api.Test;

/** {@code claimcheck validate} on the fixtures under {@code fixtures/validate/}. */
class ValidateCommandTest {
  static final String FIXTURES = "src/test/resources/fixtures/validate/";

  /** Each match of {@code regex} in the output: its groups joined by {@code separator}. */
  private static List<String> blocks(CliRun run, String regex, String separator) {
    return Pattern.compile(regex)
        .matcher(run.out())
        .results()
        .map(
            m ->
                IntStream.rangeClosed(1, m.groupCount())
                    .mapToObj(m::group)
                    .collect(Collectors.joining(separator)))
        .toList();
  }

  @Test
  void brokenFixtureHasExactlyItsThreeViolations() {
    CliRun run = CliRun.run("validate", FIXTURES + "broken.ttl").assertExit(ExitCode.FINDINGS);
    run.assertNoStackTrace();
    assertThat(run.err()).as("%s", run).isEmpty();

    List<String> found = blocks(run, "(?m)^\\S+: Violation: (\\S+)\\n  property: (\\S+)$", " ");
    assertThat(found)
        .as("%s", run)
        .containsExactly(
            "ex:backwards-proposition cc:holdsFrom",
            "ex:negative-quantity cc:count",
            "ex:no-speaker cc:speaker");
    assertThat(run.out()).as("%s", run).endsWith("1 file, 40 triples: 3 violations\n");
  }

  @Test
  void theStandardShaclReportIsWrittenAsTurtleOrJsonLd() {
    for (String format : List.of("turtle", "jsonld")) {
      CliRun run =
          CliRun.run("validate", FIXTURES + "broken.ttl", "--format", format)
              .assertExit(ExitCode.FINDINGS);
      assertThat(run.err()).as("%s", run).isEmpty();
      Graph graph =
          RDFParser.fromString(run.out(), format.equals("turtle") ? Lang.TURTLE : Lang.JSONLD)
              .toGraph();
      ValidationReport report = ValidationReport.fromGraph(graph);
      assertThat(report.conforms()).isFalse();
      assertThat(report.getEntries())
          .extracting(e -> e.focusNode().getLocalName() + " " + e.resultPath())
          .containsExactlyInAnyOrder(
              "backwards-proposition <https://w3id.org/claimcheck#holdsFrom>",
              "negative-quantity <https://w3id.org/claimcheck#count>",
              "no-speaker <https://w3id.org/claimcheck#speaker>");
    }
    CliRun conforming =
        CliRun.run("validate", "--format", "turtle", "--output", "-").assertExit(ExitCode.OK);
    assertThat(
            ValidationReport.fromGraph(
                    RDFParser.fromString(conforming.out(), Lang.TURTLE).toGraph())
                .conforms())
        .isTrue();
    assertThat(CliRun.run("validate", "--format", "csv").assertExit(ExitCode.USAGE).errorMessage())
        .contains("text, turtle, jsonld");
  }

  @Test
  void loopsInHierarchiesAreReportedOncePerNodeOnTheLoop() {
    CliRun run = CliRun.run("validate", FIXTURES + "cycles.ttl").assertExit(ExitCode.FINDINGS);
    assertThat(run.err()).as("%s", run).isEmpty();

    List<String> found =
        blocks(
            run,
            "(?m)^\\S+/cycles\\.ttl:(\\d+):\\d+: Violation: (\\S+)\\n  value: +(\\S+)\\n  message: +(.+)$",
            " ");
    // Each violation points at the line of the file that describes its node.
    assertThat(found)
        .as("%s", run)
        .containsExactly(
            "25 ex:Growing ex:Growing an event type entails itself through cc:entails or skos:broader",
            "27 ex:Opening ex:Closing <https://example.org/cycles#Opening> opposes"
                + " <https://example.org/cycles#Closing> but not the other way round; state both directions",
            "24 ex:Rising ex:Rising an event type entails itself through cc:entails or skos:broader",
            "9 ex:force-a ex:force-a an actor is part of itself through cc:partOf",
            "10 ex:force-b ex:force-b an actor is part of itself through cc:partOf",
            "18 ex:town ex:town a place is within itself through cc:within");
    assertThat(run.out()).as("%s", run).endsWith("1 file, 45 triples: 6 violations\n");
  }

  @Test
  void propositionsAndQuantitiesMustBeTyped() {
    CliRun run = CliRun.run("validate", FIXTURES + "untyped.ttl").assertExit(ExitCode.FINDINGS);
    List<String> found =
        blocks(
            run,
            "(?m)^\\S+: Violation: (\\S+)\\n  property: (\\S+)\\n  value: +(\\S+)\\n  message: +(.+)$",
            " | ");
    assertThat(found)
        .as("%s", run)
        .containsExactly(
            "ex:counted-proposition | cc:quantity | ex:untyped-quantity"
                + " | a proposition has at most one quantity, a cc:Quantity",
            "ex:untyped-proposition-assertion | cc:proposition | ex:untyped-proposition"
                + " | an assertion needs exactly one proposition, a cc:Proposition");
    assertThat(run.out()).as("%s", run).endsWith("1 file, 40 triples: 2 violations\n");
  }

  @Test
  void dataOutsideTheVocabularyConforms() {
    CliRun run = CliRun.run("validate", FIXTURES + "outside-vocabulary").assertExit(ExitCode.OK);
    assertThat(run.out()).as("%s", run).isEqualTo("1 file, 1 triple: conforms\n");
    assertThat(run.err()).as("%s", run).isEmpty();
  }

  @Test
  void sameInputGivesTheSameReport() {
    CliRun first = CliRun.run("validate", FIXTURES + "broken.ttl");
    CliRun second = CliRun.run("validate", FIXTURES + "broken.ttl");
    assertThat(second.out()).isEqualTo(first.out());
  }
}
