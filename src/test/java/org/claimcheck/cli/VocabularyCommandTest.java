package org.claimcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code claimcheck vocabulary} and {@code claimcheck schema}: the names a claims file may use. */
class VocabularyCommandTest {
  private static final String PETRAEUS =
      "examples/articles/2007-09-07-petraeus-drawdown-report-denied/claims.json";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void listsTheRolesWithTheirLabelsAliasesAndComments() {
    CliRun run = CliRun.run("vocabulary", "--kind", "role").assertExit(ExitCode.OK);

    assertThat(run.out())
        .as("%s", run)
        .startsWith("role: 15 terms\n")
        .contains(
            "  cc:Spokesperson  spokesperson | متحدث رسمي\n"
                + "      also: press secretary, spokesman, spokeswoman | الناطق باسم, متحدث, ناطق رسمي\n"
                + "      Speaks officially for an organisation.\n");
  }

  @Test
  void findsTheEventTypesWhoseNamesHoldTheWords() {
    CliRun run =
        CliRun.run("vocabulary", "--kind", "event-type", "--match", "WITHDRAW")
            .assertExit(ExitCode.OK);

    assertThat(
            run.out()
                .lines()
                .filter(line -> line.startsWith("  cc:"))
                .map(line -> line.split("  ")[1]))
        .as("%s", run)
        .containsExactly(
            "cc:FullWithdrawal", "cc:LeaveAgreement", "cc:PartialWithdrawal", "cc:Withdrawal");
    assertThat(run.out()).startsWith("event-type: 4 terms matching \"WITHDRAW\"\n");
  }

  @Test
  void listsWhatTheFilesGivenDeclare() {
    CliRun run =
        CliRun.run("vocabulary", "--kind", "event-type", "--match", "proposal", PETRAEUS)
            .assertExit(ExitCode.OK);

    assertThat(run.out())
        .as("%s", run)
        .startsWith(
            "event-type: 1 term matching \"proposal\"\n"
                + "  type:ApproveProposal  approving a proposal | الموافقة على مقترح\n");
  }

  @Test
  void writesJsonWithEveryWayOfWritingATerm() throws IOException {
    CliRun run =
        CliRun.run("vocabulary", "--kind", "exactness", "--format", "json").assertExit(ExitCode.OK);

    JsonNode doc = JSON.readTree(run.out());
    List<String> names = new ArrayList<>();
    doc.get("terms").forEach(term -> names.add(term.get("name").asText()));
    assertThat(names).containsExactly("cc:Approximate", "cc:Exact", "cc:VariesWithConditions");
    JsonNode approximate = doc.get("terms").get(0);
    assertThat(approximate.get("kind").asText()).isEqualTo("exactness");
    assertThat(approximate.get("iri").asText())
        .isEqualTo("https://w3id.org/claimcheck#Approximate");
    assertThat(approximate.get("labels").get("en").asText()).isEqualTo("approximate");
    assertThat(approximate.get("labels").get("ar").asText()).isEqualTo("تقريبي");
    assertThat(approximate.get("comment").asText()).isEqualTo("About this many (within 10%).");
    assertThat(doc.get("bounds").get(0).asText()).isEqualTo("more than");
  }

  @Test
  void anUnknownKindIsAUsageErrorListingTheKinds() {
    CliRun run = CliRun.run("vocabulary", "--kind", "colour").assertExit(ExitCode.USAGE);

    assertThat(run.err())
        .as("%s", run)
        .contains(
            "'colour' is not a kind (expected one of: event-type, role, polarity, modality, unit, exactness,"
                + " source-kind, actor-kind, place-kind, actor, place)");
  }

  @Test
  void findsTheIsoSubdivisionsThatAClaimsFileMayName() {
    CliRun run =
        CliRun.run("vocabulary", "--kind", "place", "--match", "hasakah").assertExit(ExitCode.OK);

    assertThat(run.out())
        .as("%s", run)
        .isEqualTo(
            "place: 1 term matching \"hasakah\"\n"
                + "  place:SY-HA  Al Ḩasakah | محافظة الحسكة\n"
                + "      also: Al Hasakah\n");
  }

  @Test
  void noMatchSaysSo() {
    CliRun run = CliRun.run("vocabulary", "--match", "zzqq").assertExit(ExitCode.OK);

    assertThat(run.out()).isEqualTo("no term matches \"zzqq\"\n");
  }

  @Test
  void theSchemaHoldsTheVocabularyAndWhatTheFilesDeclare(@TempDir Path dir) throws IOException {
    Path output = dir.resolve("claims.schema.json");

    CliRun.run("schema", "--output", output.toString(), PETRAEUS).assertExit(ExitCode.OK);

    JsonNode schema = JSON.readTree(Files.readString(output));
    assertThat(schema.has("$id")).isFalse();
    List<String> eventTypes = new ArrayList<>();
    schema
        .get("$defs")
        .get("eventType")
        .get("enum")
        .forEach(value -> eventTypes.add(value.asText()));
    assertThat(eventTypes)
        .contains(
            "withdrawal of forces",
            "Withdrawal of forces",
            "سحب القوات",
            "cc:Withdrawal",
            "ApproveProposal",
            "approving a proposal");
    List<String> actors = new ArrayList<>();
    schema.get("$defs").get("actor").get("examples").forEach(value -> actors.add(value.asText()));
    assertThat(actors).contains("actor:USA", "actor:DavidPetraeus", "Gen. David Petraeus");
  }
}
