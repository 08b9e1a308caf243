package org.claimcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code claimcheck import}, and {@code check} and {@code validate} reading JSON claims files. */
class ImportCommandTest {
  static final String SEED_JSON = "examples/claims/2021-02-22-coalition-denies-extra-troops.json";
  static final String INVENTED =
      "src/test/resources/claims/2021-03-05-us-forces-leave-hasakah-base.json";

  @Test
  void importWritesTurtle() {
    CliRun run = CliRun.run("import", SEED_JSON).assertExit(ExitCode.OK);
    assertThat(run.err()).as("%s", run).isEmpty();
    Graph graph = GraphFactory.createGraphMem();
    RDFParser.create().source(new StringReader(run.out())).lang(Lang.TURTLE).parse(graph);
    long assertions =
        graph
            .find(
                null,
                org.apache.jena.vocabulary.RDF.type.asNode(),
                org.apache.jena.graph.NodeFactory.createURI(
                    "https://w3id.org/claimcheck#Assertion"))
            .toList()
            .size();
    assertThat(assertions).isEqualTo(20);
  }

  @Test
  void importIsDeterministic() {
    assertThat(CliRun.run("import", INVENTED).out())
        .isEqualTo(CliRun.run("import", INVENTED).out());
  }

  @Test
  void importWritesTheOutputFileWithTheTextFileRelativeToIt(@TempDir Path dir) throws IOException {
    Path output = dir.resolve("article.ttl");
    CliRun run =
        CliRun.run("import", SEED_JSON, "--output", output.toString()).assertExit(ExitCode.OK);
    assertThat(run.out()).as("%s", run).isEmpty();
    String expected =
        dir.toAbsolutePath()
            .relativize(
                Path.of("examples/claims/2021-02-22-coalition-denies-extra-troops.quoted.txt")
                    .toAbsolutePath())
            .toString();
    assertThat(Files.readString(output)).contains("cc:textFile    \"" + expected + "\"");
  }

  @Test
  void importOfABrokenFileIsBadInputOnOneLine(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("broken.json");
    Files.writeString(file, "{\"article\": {\"id\": \"x\", \"id\": \"y\"}}");
    CliRun run =
        CliRun.run("import", file.toString()).assertExit(ExitCode.BAD_INPUT).assertOneLineError();
    assertThat(run.errorMessage())
        .isEqualTo(
            file
                + ":1:25: /article/id: duplicate key \"id\" (a key may"
                + " appear only once in an object)");
  }

  @Test
  void importWithoutTheSharedFactsDoesNotKnowTheSharedActors(@TempDir Path dir) {
    CliRun run =
        CliRun.run("import", INVENTED, "--facts", dir.toString()).assertExit(ExitCode.BAD_INPUT);
    // Every name of the shared files is unknown, each reported once, in the order of the file; the
    // governorate is not: its Arabic name is the ISO 3166-2 subdivision's (place:SY-HA).
    assertThat(run.err().lines().toList())
        .hasSize(8)
        .allMatch(line -> line.startsWith("claimcheck: " + INVENTED + ":"));
    assertThat(run.err().lines().findFirst().orElseThrow())
        .contains("/sources/1/publishedBy: unknown actor \"واين ماروتو\"");
    assertThat(run.err()).doesNotContain("محافظة الحسكة");
    assertThat(run.err()).contains("/claims/2/speaker: unknown actor \"Col. Wayne Marotto\"");
  }

  @Test
  void checkOnTheBundledArticleInJsonFindsWhatItsTurtleGives() throws IOException {
    CliRun turtle = CliRun.run("check", "--format", "json", "facts");
    CliRun json =
        CliRun.run("check", "--format", "json", "facts/actors.ttl", "facts/places.ttl", SEED_JSON);
    json.assertExit(ExitCode.FINDINGS);
    assertThat(findings(json)).isEqualTo(findings(turtle)).hasSize(7);
  }

  @Test
  void checkFindsTheInventedArticlesConflictsWithTheBundledOne() throws IOException {
    CliRun run =
        CliRun.run("check", "--format", "json", "facts", INVENTED).assertExit(ExitCode.FINDINGS);
    assertThat(findings(run))
        .as("%s", run)
        .containsExactly(
            "contradiction negation seed#report-additional-troops seed#denial-additional-troops",
            "contradiction negation new#report-withdrawal-tal-baydar new#denial-withdrawal",
            "tension entailment seed#report-additional-troops seed#denial-troop-increase",
            "tension entailment seed#report-new-base-hasakah seed#denial-base-increase",
            "tension antonymy-entailed seed#fourth-phase seed#mission-unchanged",
            "tension modality seed#predicted-reduction-2020-08 seed#denial-withdrawal-intent-2020-11-24",
            "tension modality seed#predicted-reduction-2020-08 new#denial-withdrawal",
            "tension modality seed#report-intent-base-ain-diwar seed#denial-base-increase",
            "tension modality new#report-withdrawal-tal-baydar seed#denial-withdrawal-intent-2020-11-24",
            "tension modality-opposition seed#commitment-remain-2020-11-17 new#report-withdrawal-tal-baydar",
            "tension modality-opposition seed#predicted-reduction-2020-08 seed#report-additional-troops");
  }

  @Test
  void validateReadsJsonClaimsFiles() {
    CliRun run = CliRun.run("validate", "facts", INVENTED).assertExit(ExitCode.OK);
    assertThat(run.out().lines())
        .as("%s", run)
        .containsExactly(
            "note: "
                + INVENTED
                + ":69:21: /claims/2/proposition/quantity: no \"measures\": the count"
                + " is taken as a level (how many there are), not a change (how many came or went)",
            "",
            "4 files, 622 triples: conforms; 1 note");
  }

  /** Each finding as {@code severity rule a b}, the articles shortened to seed and new. */
  private static List<String> findings(CliRun run) throws IOException {
    JsonNode report = new ObjectMapper().readTree(run.out());
    List<String> found = new ArrayList<>();
    for (JsonNode f : report.get("findings")) {
      found.add(
          String.join(
              " ",
              f.get("severity").asText(),
              f.get("rule").asText(),
              shorten(f.get("a").get("iri").asText()),
              shorten(f.get("b").get("iri").asText())));
    }
    return found;
  }

  private static String shorten(String iri) {
    return iri.replace(
            "https://w3id.org/claimcheck/id/article/2021-02-22-coalition-denies-extra-troops",
            "seed")
        .replace(
            "https://w3id.org/claimcheck/id/article/2021-03-05-us-forces-leave-hasakah-base",
            "new");
  }
}
