package org.claimcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden/check/article.json");
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void checksTheBundledArticleByDefault() {
    CliRun run = CliRun.run("check").assertExit(ExitCode.FINDINGS);

    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .startsWith(
            "7 findings (1 contradiction, 6 tensions) among 20 statements by 5 speakers in 1\n"
                + "article, by 13 rules\n")
        .contains("1. CONTRADICTION · negation · rule negation · id ")
        .contains("   - Ain Diwar is within Hasakah governorate, within north-east Syria\n");
    assertThat(run.out().lines())
        .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
  }

  @Test
  void theJsonFindingsMatchTheGoldenFile() throws IOException {
    CliRun run = CliRun.run("check", "--format", "json").assertExit(ExitCode.FINDINGS);

    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(GOLDEN, run.out(), StandardCharsets.UTF_8);
    }
    assertThat(GOLDEN).as("golden file; regenerate with -Dgolden.update=true").exists();
    assertThat(JSON.readTree(run.out())).isEqualTo(JSON.readTree(GOLDEN.toFile()));
  }

  @Test
  void twoRunsGiveIdenticalOutput() {
    for (String format : new String[] {"text", "json"}) {
      String first = CliRun.run("check", "--format", format).out();
      String second = CliRun.run("check", "--format", format).out();

      assertThat(second).as(format).isEqualTo(first).isNotEmpty();
    }
  }

  @Test
  void minSeverityKeepsOnlyTheContradiction() throws IOException {
    CliRun run = CliRun.run("check", "--min-severity", "contradiction", "--format", "json");

    run.assertExit(ExitCode.FINDINGS);
    JsonNode findings = JSON.readTree(run.out()).get("findings");
    assertThat(findings).hasSize(1);
    assertThat(findings.get(0).get("rule").asText()).isEqualTo("negation");
    assertThat(findings.get(0).get("b").get("quote").get("text").asText())
        .isEqualTo("نفى التحالف الدولي ضد تنظيم داعش، إرسال قوات إضافية إلى سوريا");
  }

  @Test
  void dataWithoutConflictExitsZero(@TempDir Path dir) throws IOException {
    Path facts = dir.resolve("one-statement.ttl");
    Files.writeString(facts, oneStatement());

    CliRun run = CliRun.run("check", facts.toString(), "facts/actors.ttl", "facts/places.ttl");

    run.assertExit(ExitCode.OK);
    assertThat(run.out())
        .isEqualTo("0 findings among 1 statement by 1 speaker in 1 article, by 13 rules\n");
  }

  @Test
  void writesTheReportToAFile(@TempDir Path dir) throws IOException {
    Path output = dir.resolve("findings.json");

    CliRun run = CliRun.run("check", "--format", "json", "--output", output.toString());

    run.assertExit(ExitCode.FINDINGS);
    assertThat(run.out()).isEmpty();
    assertThat(JSON.readTree(output.toFile()).get("findings")).hasSize(7);
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(output);
    }
    CliRun dash =
        CliRun.run("check", "--format", "json", "--output", "-").assertExit(ExitCode.FINDINGS);
    assertThat(dash.out()).isEqualTo(Files.readString(output));
    assertThat(Path.of("-")).doesNotExist();
  }

  @Test
  void aUserRuleRunsAfterTheBundledOnes(@TempDir Path dir) throws IOException {
    // Flags every pair of statements from one source that the bundled rules leave alone.
    Files.writeString(
        dir.resolve("same-tweet.rq"),
        """
        # id: same-tweet-different-events
        # title: Two denials in one tweet
        # category: same-side
        # severity: tension
        # description: Two denials of different event types in one source.
        PREFIX cc: <https://w3id.org/claimcheck#>
        SELECT ?a ?b ?typeA ?typeB ?agentA ?agentB ?placeA ?placeB WHERE {
          ?a cc:polarity cc:Denies ; cc:source ?src ; cc:proposition ?pa .
          ?b cc:polarity cc:Denies ; cc:source ?src ; cc:proposition ?pb .
          ?pa cc:eventType ?typeA ; cc:agent ?agentA ; cc:location ?placeA .
          ?pb cc:eventType ?typeB ; cc:agent ?agentB ; cc:location ?placeB .
          FILTER(?typeA != ?typeB)
        }
        ORDER BY ?a ?b
        """);

    CliRun run = CliRun.run("check", "--rules", dir.toString(), "--format", "json");

    run.assertExit(ExitCode.FINDINGS);
    JsonNode root = JSON.readTree(run.out());
    assertThat(root.get("summary").get("rules")).hasSize(14);
    assertThat(root.get("findings").findValuesAsText("rule"))
        .filteredOn("same-tweet-different-events"::equals)
        .hasSize(3);
  }

  @Test
  void aBrokenUserRuleIsBadInput(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("broken.rq"), "# id: x\n");

    CliRun run = CliRun.run("check", "--rules", dir.toString());

    run.assertExit(ExitCode.BAD_INPUT).assertOneLineError();
    assertThat(run.errorMessage())
        .startsWith(dir.resolve("broken.rq") + ":1: the rule header lacks title");
  }

  @Test
  void factsThatBreakTheShapesAreRefused(@TempDir Path dir) throws IOException {
    Path facts = dir.resolve("no-speaker.ttl");
    Files.writeString(facts, oneStatement().replace("cc:speaker actor:WayneMarotto ;", ""));

    CliRun run = CliRun.run("check", facts.toString(), "facts/actors.ttl", "facts/places.ttl");

    run.assertExit(ExitCode.BAD_INPUT).assertOneLineError();
    assertThat(run.errorMessage())
        .startsWith(
            "the facts do not conform to the shapes (1 violations; run 'claimcheck validate'")
        .contains("ex:s1 cc:speaker: an assertion needs at least one speaker");
  }

  @Test
  void anUnknownSeverityOrFormatIsAUsageError() {
    CliRun.run("check", "--min-severity", "fatal").assertExit(ExitCode.USAGE).assertNoStackTrace();
    CliRun.run("check", "--format", "pdf").assertExit(ExitCode.USAGE).assertNoStackTrace();
  }

  private static String oneStatement() {
    return """
        @prefix cc: <https://w3id.org/claimcheck#> .
        @prefix actor: <https://w3id.org/claimcheck/id/actor/> .
        @prefix place: <https://w3id.org/claimcheck/id/place/> .
        @prefix dcterms: <http://purl.org/dc/terms/> .
        @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
        @prefix ex: <https://example.org/test#> .
        ex:article a cc:Article ; dcterms:title "A test"@en ; cc:published "2021-03-01"^^xsd:date ;
            cc:language "en" .
        ex:tweet a cc:Tweet .
        ex:s1 a cc:Assertion ; cc:inArticle ex:article ;
            cc:speaker actor:WayneMarotto ; cc:speakerRole cc:Spokesperson ; cc:onBehalfOf actor:Coalition ;
            cc:source ex:tweet ;
            cc:statedFrom "2021-03-01"^^xsd:date ; cc:statedUntil "2021-03-01"^^xsd:date ;
            cc:polarity cc:Denies ; cc:modality cc:Fact ;
            cc:proposition [ a cc:Proposition ; cc:agent actor:Coalition ; cc:eventType cc:Withdrawal ;
                cc:location place:Syria ;
                cc:holdsFrom "2021-03-01"^^xsd:date ; cc:holdsUntil "2021-03-01"^^xsd:date ] ;
            cc:quote "No withdrawal."@en ; cc:gloss "No withdrawal."@en .
        """;
  }
}
