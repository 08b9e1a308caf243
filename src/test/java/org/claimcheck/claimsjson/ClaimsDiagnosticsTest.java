package org.claimcheck.claimsjson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimcheck.claimsjson.ClaimsErrorsTest.BASE;
import static org.claimcheck.claimsjson.ClaimsErrorsTest.position;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.claimcheck.error.ClaimcheckException;
import org.claimcheck.io.ClaimsFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a claims file with several mistakes, drafts or implicit defaults gives: every error at once
 * in the order of the file, each mistake once; the gaps of drafts; notes on the defaults.
 */
class ClaimsDiagnosticsTest {
  static Graph known;

  @TempDir Path dir;

  @BeforeAll
  static void loadKnown() {
    known = ClaimsFiles.known(Path.of("facts"));
  }

  @Test
  void everyMistakeIsReportedOnceInTheOrderOfTheFile() throws IOException {
    String json =
        BASE.replace("\"role\": \"spokesperson\"", "\"role\": \"spokesbot\"")
            .replace("\"yesterday, Thursday\"", "\"2021-02-30\"")
            .replace("\"withdrawal of forces\"", "\"withdrawl of forcez\"")
            .replace("\"count\": 900", "\"count\": \"900\"")
            .replace("\"no forces are leaving Hasakah\"", "\"no troops are leaving Hasakah\"")
            .replace("\"gloss\":", "\"colour\": \"red\", \"gloss\":");
    Path file = write(json);
    List<String> messages = problems(file);
    assertThat(messages)
        .containsExactly(
            at(file, json, "\"spokesbot\"", "/claims/0/role", messages.get(0)),
            file
                + ":"
                + position(json, "\"2021-02-30\"")
                + ": /claims/0/said: \"2021-02-30\" is not a valid date",
            at(
                file,
                json,
                "\"withdrawl of forcez\"",
                "/claims/0/proposition/eventType",
                messages.get(2)),
            file
                + ":"
                + position(json, "\"900\"")
                + ": /claims/0/proposition/quantity/count: expected a whole number",
            at(file, json, "\"no troops are leaving Hasakah\"", "/claims/0/quote", messages.get(4)),
            at(file, json, "\"colour\"", "/claims/0/colour", messages.get(5)));
    assertThat(messages.get(0)).contains("unknown role \"spokesbot\"");
    assertThat(messages.get(2)).contains("unknown event type \"withdrawl of forcez\"");
    assertThat(messages.get(4)).contains("does not occur in the article text");
    assertThat(messages.get(5)).contains("unknown field \"colour\"");
  }

  @Test
  void aValueOfTheWrongTypeIsNotAlsoReportedAsMissing() throws IOException {
    String json =
        BASE.replace("\"polarity\": \"denies\"", "\"polarity\": [\"denies\"]")
            .replace("\"eventType\": \"withdrawal of forces\"", "\"eventType\": 7");
    Path file = write(json);
    assertThat(problems(file))
        .containsExactly(
            file + ":" + position(json, "[\"denies\"]") + ": /claims/0/polarity: expected a string",
            file
                + ":"
                + position(json, "7,")
                + ": /claims/0/proposition/eventType: expected a string");
  }

  @Test
  void aWrongSourceOrActorIsReportedOnceNotAgainByWhatNamesIt() throws IOException {
    String json =
        BASE.replace(
                "\"sources\": [{\"id\": \"tweet\", \"kind\": \"tweet\", \"title\": \"A tweet\"}]",
                "\"actors\": [{\"id\": \"Spokesbot\", \"kind\": \"robot\", \"label\": {\"en\": \"Spokesbot\"}}],\n"
                    + "  \"sources\": [{\"id\": \"tweet\", \"kind\": \"twet\", \"title\": \"A tweet\"}]")
            .replace("\"Col. Wayne Marotto\"", "\"Spokesbot\"");
    Path file = write(json);
    List<String> messages = problems(file);
    assertThat(messages).hasSize(2);
    assertThat(messages.get(0))
        .startsWith(
            file
                + ":"
                + position(json, "\"robot\"")
                + ": /actors/0/kind: unknown kind of actor \"robot\"");
    assertThat(messages.get(1))
        .startsWith(
            file
                + ":"
                + position(json, "\"twet\"")
                + ": /sources/0/kind: unknown kind of source \"twet\"");
  }

  @Test
  void aDraftIsLeftOutAndWhatItLacksIsListed() throws IOException {
    String json =
        BASE.replace(
            "\"claims\": [",
            """
        "claims": [
            {"id": "c0", "draft": true, "speaker": "Col. Wayne Marotto", "polarity": "denies",
             "quote": "not in the text at all"},""");
    Path file = write(json);
    ClaimsImporter.Imported imported = ClaimsImporter.read(file, known, dir);
    assertThat(imported.review().drafts()).containsExactly("c0");
    assertThat(imported.graph().find(null, null, null).toList())
        .noneMatch(t -> t.getSubject().isURI() && t.getSubject().getURI().endsWith("#c0"));
    String draft = "{\"id\": \"c0\"";
    assertThat(imported.review().gaps())
        .extracting(Problem::text)
        .containsExactly(
            file
                + ":"
                + position(json, draft)
                + ": /claims/0/gloss: missing: expected an English rendering of the quote",
            file
                + ":"
                + position(json, draft)
                + ": /claims/0/modality: missing: expected fact, intent, plan, prediction, commitment or conditional",
            file
                + ":"
                + position(json, draft)
                + ": /claims/0/proposition: missing: expected an object: agent, eventType, location, time",
            file
                + ":"
                + position(json, draft)
                + ": /claims/0/role: missing: expected a role (spokesperson, official, minister, reporter, analyst, ...)",
            file
                + ":"
                + position(json, draft)
                + ": /claims/0/said: missing: expected when it was said, a date",
            file
                + ":"
                + position(json, draft)
                + ": /claims/0/source: missing: expected the id of a source of this file",
            file
                + ":"
                + position(json, "\"not in the text at all\"")
                + ": /claims/0/quote: the quote of claim \"c0\" does not occur in the article text: the text and the quote agree up to \"no\", then the quote has \"t in the text at all\" where the text has \" forces are leaving hasa…\" (compared with spelling variants folded)");
  }

  @Test
  void aClaimCannotReportADraft() throws IOException {
    String json =
        BASE.replace(
            "\"claims\": [",
            """
        "claims": [
            {"id": "c0", "draft": true},
            {"id": "r1", "reports": "c0", "speaker": "Col. Wayne Marotto", "role": "spokesperson",
             "source": "tweet", "said": "yesterday, Thursday", "quote": "no forces are leaving Hasakah",
             "gloss": "No forces are leaving."},""");
    Path file = write(json);
    assertThat(problems(file))
        .singleElement()
        .asString()
        .startsWith(
            file
                + ":"
                + position(json, "\"c0\", \"speaker\"")
                + ": /claims/1/reports: unknown claim \"c0\": expected the id of a claim of this file that is not a draft");
  }

  @Test
  void implicitDefaultsAreNoted() throws IOException {
    String json =
        BASE.replace(
            "\"language\": \"en\",", "\"language\": \"en\", \"outlet\": \"The Hasakah Courier\",");
    Path file = write(json);
    ClaimsImporter.Imported imported = ClaimsImporter.read(file, known, dir);
    assertThat(imported.review().notes())
        .extracting(Problem::text)
        .containsExactly(
            file
                + ":"
                + position(json, "\"The Hasakah Courier\"")
                + ": /article/outlet: the outlet \"The Hasakah Courier\" is not a known actor: declared as the media outlet actor:TheHasakahCourier",
            file
                + ":"
                + position(json, "{\"count\": 900")
                + ": /claims/0/proposition/quantity: no \"measures\": the count is taken as a level (how many there are), not a change (how many came or went)");
    assertThat(imported.review().drafts()).isEmpty();
    assertThat(imported.review().gaps()).isEmpty();
  }

  @Test
  void aPersonWithNoKnownSideIsNotedAsSpeakingForThemselves() throws IOException {
    String json =
        BASE.replace(
                "\"sources\":",
                """
            "actors": [{"id": "Witness", "kind": "person", "label": {"en": "A resident"}}],
              "sources":""")
            .replace("\"Col. Wayne Marotto\"", "\"A resident\"")
            .replace(
                "\"exactness\": \"exact\"}", "\"exactness\": \"exact\", \"measures\": \"change\"}");
    Path file = write(json);
    assertThat(ClaimsImporter.read(file, known, dir).review().notes())
        .extracting(Problem::message)
        .containsExactly(
            "no \"onBehalfOf\": the person actor:Witness speaks for themselves, as no organisation they speak for"
                + " is known (give \"onBehalfOf\", or the speaker's speaksFor, spokespersonOf or commanderOf)");
  }

  private static String at(Path file, String json, String text, String pointer, String actual) {
    String prefix = file + ":" + position(json, text) + ": " + pointer + ": ";
    assertThat(actual).startsWith(prefix);
    return actual;
  }

  private List<String> problems(Path file) {
    try {
      ClaimsImporter.read(file, known, dir);
    } catch (ClaimcheckException e) {
      assertThat(e.kind()).isEqualTo(ClaimcheckException.Kind.BAD_INPUT);
      assertThat(e.getMessage()).isEqualTo(e.messages().get(0));
      return e.messages();
    }
    throw new AssertionError(file + " imports, though it has mistakes");
  }

  private Path write(String json) throws IOException {
    Path file = dir.resolve("claims.json");
    Files.writeString(file, json, StandardCharsets.UTF_8);
    return file;
  }
}
