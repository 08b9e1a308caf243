package org.claimcheck.claimsjson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.claimcheck.error.ClaimcheckException;
import org.claimcheck.io.ClaimsFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each kind of error in a claims file, with the exact {@code file:line:col: /pointer: message}. The
 * base document is valid; each test changes one thing in it.
 */
class ClaimsErrorsTest {
  static final String BASE =
      """
      {
        "article": {
          "id": "test-article",
          "title": {"en": "A test"},
          "published": "2021-03-05",
          "language": "en",
          "text": "Yesterday, Thursday, the spokesman said no forces are leaving Hasakah."
        },
        "sources": [{"id": "tweet", "kind": "tweet", "title": "A tweet"}],
        "claims": [
          {
            "id": "c1",
            "speaker": "Col. Wayne Marotto",
            "role": "spokesperson",
            "source": "tweet",
            "said": "yesterday, Thursday",
            "polarity": "denies",
            "modality": "fact",
            "proposition": {
              "agent": "US forces",
              "eventType": "withdrawal of forces",
              "location": ["Hasakah governorate"],
              "time": "then",
              "quantity": {"count": 900, "unit": "soldiers", "exactness": "exact"}
            },
            "quote": "no forces are leaving Hasakah",
            "gloss": "No forces are leaving Hasakah."
          }
        ]
      }
      """;

  static Graph known;

  @TempDir Path dir;

  @BeforeAll
  static void loadKnown() {
    known = ClaimsFiles.known(Path.of("facts"));
  }

  @Test
  void baseDocumentImports() throws IOException {
    Graph graph = ClaimsImporter.toGraph(write(BASE), known, dir);
    assertThat(graph.size()).isGreaterThan(20);
  }

  @Test
  void unknownField() throws IOException {
    String json = BASE.replace("\"gloss\":", "\"colour\": \"red\",\n      \"gloss\":");
    assertError(
        json,
        "\"colour\"",
        "/claims/0/colour",
        "unknown field \"colour\" (expected one of: condition, draft, gloss, id, modality,"
            + " onBehalfOf, polarity, proposition, quote, reports, restatedAs, role, said, source,"
            + " speaker)");
  }

  @Test
  void duplicateKey() throws IOException {
    String json =
        BASE.replace(
            "\"role\": \"spokesperson\",", "\"role\": \"spokesperson\", \"role\": \"commander\",");
    assertError(
        json,
        "\"role\": \"commander\"",
        "/claims/0/role",
        "duplicate key \"role\" (a key may appear only once in an object)");
  }

  @Test
  void wrongType() throws IOException {
    String json = BASE.replace("\"polarity\": \"denies\"", "\"polarity\": true");
    assertError(json, "true", "/claims/0/polarity", "expected a string");
  }

  @Test
  void numberWrittenAsString() throws IOException {
    String json = BASE.replace("\"count\": 900", "\"count\": \"900\"");
    assertError(json, "\"900\"", "/claims/0/proposition/quantity/count", "expected a whole number");
  }

  @Test
  void unknownNameSuggestsTheClosest() throws IOException {
    String json = BASE.replace("Col. Wayne Marotto", "Col. Wayne Marrotto");
    assertError(
        json,
        "\"Col. Wayne Marrotto\"",
        "/claims/0/speaker",
        "unknown actor \"Col. Wayne Marrotto\"; did you mean \"Col. Wayne Marotto\""
            + " (actor:WayneMarotto)? If not, declare it under \"actors\""
            + " ('claimcheck vocabulary --kind actor --match WORDS' finds the known ones)");
  }

  @Test
  void unknownArabicNameSuggestsTheClosest() throws IOException {
    String json = BASE.replace("\"Hasakah governorate\"", "\"الحسكا\"");
    assertError(
        json,
        "\"الحسكا\"",
        "/claims/0/proposition/location/0",
        "unknown place \"الحسكا\"; did you mean \"الحسكة\" (place:Hasakah), or \"آسيا\" (place:Asia), or \"أمريكا\" (place:UnitedStates)?"
            + " If not, declare it under \"places\" ('claimcheck vocabulary --kind place --match WORDS' finds the known ones)");
  }

  @Test
  void anUnknownValueOfASmallKindListsEveryAcceptedOne() throws IOException {
    String json = BASE.replace("\"unit\": \"soldiers\"", "\"unit\": \"helicopters\"");
    assertError(
        json,
        "\"helicopters\"",
        "/claims/0/proposition/quantity/unit",
        "unknown unit \"helicopters\"; accepted: US dollars, aircraft, bases, casualties, killed, people,"
            + " ships, soldiers, vehicles, weapons, wounded");
  }

  @Test
  void anUnknownExactnessListsTheBoundsToo() throws IOException {
    String json = BASE.replace("\"exactness\": \"exact\"", "\"exactness\": \"roughly\"");
    assertError(
        json,
        "\"roughly\"",
        "/claims/0/proposition/quantity/exactness",
        "unknown exactness \"roughly\"; accepted: approximate, exact, varies with conditions,"
            + " or a bound: more than, at least, fewer than, less than, at most, up to");
  }

  @Test
  void anUnknownEventTypeNamesTheCommandThatListsThemAll() throws IOException {
    String json = BASE.replace("\"withdrawal of forces\"", "\"withdrawl of forces\"");
    assertError(
        json,
        "\"withdrawl of forces\"",
        "/claims/0/proposition/eventType",
        "unknown event type \"withdrawl of forces\"; did you mean \"withdrawal of forces\" (cc:Withdrawal),"
            + " or \"build-up of forces\" (cc:TroopBuildUp), or \"presence of forces\" (cc:MilitaryPresence)?"
            + " If not, declare it under \"eventTypes\" ('claimcheck vocabulary --kind event-type --match WORDS' finds the known ones)");
  }

  @Test
  void ambiguousName() throws IOException {
    String json =
        BASE.replace(
                "\"sources\":",
                """
            "actors": [{"id": "AnotherMcKenzie", "kind": "person",
                        "label": {"en": "Another McKenzie", "ar": "ماكنزي"}}],
              "sources":""")
            .replace("\"Col. Wayne Marotto\"", "\"ماكنزي\"");
    assertError(
        json,
        "\"ماكنزي\",",
        "/claims/0/speaker",
        "ambiguous actor \"ماكنزي\": it names actor:AnotherMcKenzie (Another McKenzie),"
            + " actor:KennethMcKenzie (Gen. Kenneth F. McKenzie Jr.); write the prefixed name of"
            + " the one meant");
  }

  @Test
  void weekdayMismatch() throws IOException {
    String json = BASE.replace("\"yesterday, Thursday\"", "\"yesterday, Sunday\"");
    assertError(
        json,
        "\"yesterday, Sunday\"",
        "/claims/0/said",
        "\"yesterday, Sunday\" is 2021-03-04, a Thursday, not a Sunday");
  }

  @Test
  void quoteNotInText() throws IOException {
    String json =
        BASE.replace("\"no forces are leaving Hasakah\"", "\"no forces are leaving Hasaka\"");
    // The misspelt quote is still a substring; make it one that is not.
    json = json.replace("\"no forces are leaving Hasaka\"", "\"no troops are leaving Hasakah\"");
    assertError(
        json,
        "\"no troops are leaving Hasakah\"",
        "/claims/0/quote",
        "the quote of claim \"c1\" does not occur in the article text: the text and the quote agree up to \"no \", then the quote has \"troops are leaving hasak…\" where the text has \"forces are leaving hasak…\" (compared with spelling variants folded)");
  }

  @Test
  void badDate() throws IOException {
    String json = BASE.replace("\"yesterday, Thursday\"", "\"2021-02-30\"");
    assertError(json, "\"2021-02-30\"", "/claims/0/said", "\"2021-02-30\" is not a valid date");
  }

  @Test
  void unknownRecurrence() throws IOException {
    String json = BASE.replace("\"time\": \"then\"", "\"time\": \"every fortnightish\"");
    assertError(
        json,
        "\"every fortnightish\"",
        "/claims/0/proposition/time",
        "\"every fortnightish\" is not a recurrence: expected periodically, daily, weekly, monthly, yearly,"
            + " annually, every day|week|month|year, every other day|week|month|year or every N"
            + " days|weeks|months|years, optionally followed by a date (\"every month since March 2020\")");
  }

  @Test
  void intervalEndsBeforeItStarts() throws IOException {
    String json =
        BASE.replace(
            "\"time\": \"then\"",
            "\"time\": {\"from\": \"2021-03-04\", \"until\": \"2021-03-01\"}");
    assertError(
        json,
        "{\"from\": \"2021-03-04\"",
        "/claims/0/proposition/time",
        "the interval starts (2021-03-04) after it ends (2021-03-01)");
  }

  @Test
  void missingField() throws IOException {
    String json = BASE.replace("\"role\": \"spokesperson\",", "");
    assertError(
        json,
        "{\n      \"id\": \"c1\"",
        "/claims/0/role",
        "missing: expected a role (spokesperson, official, minister, reporter, analyst, ...)");
  }

  @Test
  void unknownSource() throws IOException {
    String json = BASE.replace("\"source\": \"tweet\"", "\"source\": \"tweets\"");
    assertError(
        json,
        "\"tweets\"",
        "/claims/0/source",
        "unknown source \"tweets\" (the sources of this file: tweet)");
  }

  @Test
  void aTextFileOutsideTheClaimsDirectoryIsNotRead() throws IOException {
    String climbing = "../".repeat(Path.of("").toAbsolutePath().getNameCount()) + "etc/hostname";
    for (String outside : new String[] {"/etc/hostname", climbing}) {
      assertOutside(outside);
    }
  }

  /**
   * Outside the claims file's directory, symbolic links resolved, nothing is opened, and the error
   * is the same whether the file exists, holds the quote or not, so it tells nothing of the file.
   */
  @Test
  void aTextFileReachedThroughALinkOrTheWorkingDirectoryIsNotReadAndTellsNothing(
      @TempDir Path elsewhere) throws IOException {
    Path holding =
        Files.writeString(elsewhere.resolve("holding.txt"), "no forces are leaving Hasakah");
    Path lacking = Files.writeString(elsewhere.resolve("lacking.txt"), "something else entirely");
    Files.createSymbolicLink(dir.resolve("holding.txt"), holding);
    Files.createSymbolicLink(dir.resolve("lacking.txt"), lacking);
    Files.createSymbolicLink(dir.resolve("nowhere.txt"), elsewhere.resolve("missing.txt"));
    Files.createSymbolicLink(dir.resolve("away"), elsewhere);
    for (String outside :
        new String[] {
          "holding.txt",
          "lacking.txt",
          "nowhere.txt",
          "away/holding.txt",
          "away/missing.txt",
          "../" + dir.getFileName() + "/holding.txt"
        }) {
      assertOutside(outside);
    }
  }

  @Test
  void aTextFileInsideTheClaimsDirectoryIsRead() throws IOException {
    Files.createDirectories(dir.resolve("texts"));
    Files.writeString(
        dir.resolve("texts/article.txt"), "Yesterday no forces are leaving Hasakah, he said.");
    Files.createSymbolicLink(dir.resolve("link.txt"), dir.resolve("texts/article.txt"));
    for (String inside :
        new String[] {"texts/article.txt", "./texts/../texts/article.txt", "link.txt"}) {
      Graph graph = ClaimsImporter.toGraph(write(withTextFile(inside)), known, dir);
      assertThat(graph.size()).as(inside).isGreaterThan(20);
    }
  }

  @Test
  void aTextFileThatIsMissingOrNotARegularFileSaysSo() throws IOException {
    Files.createDirectories(dir.resolve("texts"));
    assertError(
        withTextFile("texts"),
        "\"texts\"",
        "/article/textFile",
        "the article text \"texts\" is not a regular file");
    assertError(
        withTextFile("missing.txt"),
        "\"missing.txt\"",
        "/article/textFile",
        "cannot read the article text \"missing.txt\": no such file");
    // The working directory is not looked at: it holds a pom.xml, the claims directory does not.
    assertThat(Path.of("pom.xml")).exists();
    assertError(
        withTextFile("pom.xml"),
        "\"pom.xml\"",
        "/article/textFile",
        "cannot read the article text \"pom.xml\": no such file");
  }

  private void assertOutside(String textFile) throws IOException {
    assertError(
        withTextFile(textFile),
        "\"" + textFile + "\"",
        "/article/textFile",
        "expected a relative path to a file inside the claims file's directory, not \""
            + textFile
            + "\"");
  }

  private static String withTextFile(String textFile) {
    return BASE.replace(
        "\"text\": \"Yesterday, Thursday, the spokesman said no forces are leaving Hasakah.\"",
        "\"textFile\": \"" + textFile + "\"");
  }

  @Test
  void syntaxError() throws IOException {
    String json = BASE.replace("\"modality\": \"fact\",", "\"modality\": \"fact\"");
    Path file = write(json);
    assertThatThrownBy(() -> ClaimsImporter.toGraph(file, known, dir))
        .isInstanceOf(ClaimcheckException.class)
        .hasMessageStartingWith(file + ":" + position(json, "\"proposition\"") + ": /claims/0: ")
        .hasMessageContaining("was expecting comma to separate Object entries");
  }

  @Test
  void nestingTooDeep() throws IOException {
    String json =
        BASE.replace(
            "\"text\": \"Yesterday",
            "\"deep\": " + "[".repeat(40) + "]".repeat(40) + ", \"text\": \"Yesterday");
    Path file = write(json);
    assertThatThrownBy(() -> ClaimsImporter.toGraph(file, known, dir))
        .isInstanceOf(ClaimcheckException.class)
        .hasMessageContaining("nesting depth")
        .hasMessageStartingWith(file + ":");
  }

  private void assertError(String json, String at, String pointer, String message)
      throws IOException {
    Path file = write(json);
    assertThatThrownBy(() -> ClaimsImporter.toGraph(file, known, dir))
        .isInstanceOf(ClaimcheckException.class)
        .satisfies(
            e ->
                assertThat(((ClaimcheckException) e).kind())
                    .isEqualTo(ClaimcheckException.Kind.BAD_INPUT))
        .hasMessage(file + ":" + position(json, at) + ": " + pointer + ": " + message)
        .satisfies(
            e ->
                assertThat(((ClaimcheckException) e).messages())
                    .as("one mistake, one error")
                    .hasSize(1));
  }

  /** {@code line:col} (both from 1) of the first occurrence of {@code text} in {@code json}. */
  static String position(String json, String text) {
    int index = json.indexOf(text);
    assertThat(index).as("%s occurs in the test document", text).isNotNegative();
    int line = 1 + (int) json.substring(0, index).chars().filter(c -> c == '\n').count();
    int col = index - json.lastIndexOf('\n', index - 1);
    return line + ":" + col;
  }

  private Path write(String json) throws IOException {
    Path file = dir.resolve("claims.json");
    Files.writeString(file, json, StandardCharsets.UTF_8);
    return file;
  }
}
