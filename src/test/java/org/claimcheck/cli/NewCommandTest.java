package org.claimcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.claimcheck.claimsjson.ClaimsFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code claimcheck new}: the skeleton it writes reads as a claims file, {@code validate} lists
 * what its example claim lacks, and it refuses to overwrite a file or take a bad option.
 */
class NewCommandTest {
  @TempDir Path dir;

  private static final List<String> ARTICLE =
      List.of(
          "new",
          "--article-url",
          "https://example.com/news/2024/05/troops-sent.html",
          "--published",
          "2024-05-02",
          "--outlet",
          "Example Times",
          "--language",
          "en",
          "--title",
          "Minister: more troops sent to the north");

  private CliRun newFile(Path output) {
    List<String> args = new java.util.ArrayList<>(ARTICLE);
    args.addAll(List.of("--output", output.toString()));
    return CliRun.run(args.toArray(String[]::new));
  }

  @Test
  void theSkeletonIsAClaimsFileWithOneDraftThatUsesEveryField() throws IOException {
    Path output = dir.resolve("troops.json");
    CliRun run = newFile(output).assertExit(ExitCode.OK);
    assertThat(run.err()).as("%s", run).isEmpty();
    assertThat(run.out())
        .as("%s", run)
        .startsWith(
            "Wrote "
                + dir.resolve("claims.schema.json")
                + " for your editor"
                + " ('claimcheck schema --output "
                + dir.resolve("claims.schema.json")
                + " facts "
                + output
                + "' adds what your files declare).\n"
                + "Wrote "
                + output
                + " (article 2024-05-02-minister-more-troops-sent-to-the-north).\n")
        .contains(
            "  1. Paste the article's text into " + dir.resolve("troops.txt") + ".\n",
            "  4. claimcheck validate " + output + "   (lists what each draft still lacks)\n");

    ClaimsFile file = new ObjectMapper().readValue(output.toFile(), ClaimsFile.class);
    assertThat(file.schema()).isEqualTo("./claims.schema.json");
    JsonNode schema = new ObjectMapper().readTree(dir.resolve("claims.schema.json").toFile());
    assertThat(schema.get("$defs").get("role").get("enum").toString()).contains("\"spokesperson\"");
    ClaimsFile.Article article = file.article();
    assertThat(article.id()).isEqualTo("2024-05-02-minister-more-troops-sent-to-the-north");
    assertThat(article.title())
        .containsExactlyEntriesOf(
            java.util.Map.of("en", "Minister: more troops sent to the north"));
    assertThat(
            List.of(
                article.published(),
                article.language(),
                article.outlet(),
                article.url(),
                article.textFile()))
        .containsExactly(
            "2024-05-02",
            "en",
            "Example Times",
            "https://example.com/news/2024/05/troops-sent.html",
            "troops.txt");
    assertThat(article.text()).isNull();
    assertThat(file.sources())
        .containsExactly(
            new ClaimsFile.Source(
                "article-text",
                "article text",
                "The article itself",
                List.of("Example Times"),
                null,
                null));
    assertThat(file.actors()).isEmpty();
    assertThat(file.places()).isEmpty();
    assertThat(file.eventTypes()).isEmpty();

    assertThat(file.claims()).hasSize(1);
    ClaimsFile.Claim claim = file.claims().get(0);
    assertThat(claim.draft()).isTrue();
    assertThat(claim.id()).isEqualTo("example");
    assertThat(claim.speaker()).containsExactly("WHO SAID IT");
    assertThat(
            List.of(
                claim.role(),
                claim.onBehalfOf(),
                claim.source(),
                claim.polarity(),
                claim.modality()))
        .containsExactly("spokesperson", "WHOM THEY SPEAK FOR", "article-text", "affirms", "fact");
    assertThat(claim.said()).isEqualTo(new org.claimcheck.claimsjson.When.Expression("yesterday"));
    assertThat(claim.quote()).isNotBlank();
    assertThat(claim.restatedAs()).hasSize(1);
    assertThat(claim.gloss()).isNotBlank();
    assertThat(claim.reports()).isNull();
    assertThat(claim.condition()).isNull();
    ClaimsFile.Proposition p = claim.proposition();
    assertThat(List.of(p.agent(), p.location(), p.object(), p.target()))
        .containsExactly(
            List.of("WHO DID IT"),
            List.of("WHERE IT HAPPENED"),
            List.of("WITH WHOM"),
            List.of("AGAINST WHOM"));
    assertThat(List.of(p.eventType(), p.host()))
        .containsExactly("deployment", "ON WHOSE TERRITORY");
    assertThat(p.time()).isEqualTo(new org.claimcheck.claimsjson.When.Expression("last week"));
    assertThat(p.quantity())
        .isEqualTo(
            new ClaimsFile.Quantity(1000L, "soldiers", "approximate", null, "change", null, null));
  }

  /**
   * The example's vocabulary resolves and its actors and places are placeholders: validate lists
   * exactly what the analyst must fill in, and the file conforms, the draft left out.
   */
  @Test
  void validateListsWhatTheExampleClaimLacks() throws IOException {
    Path output = dir.resolve("troops.json");
    newFile(output).assertExit(ExitCode.OK);
    Files.writeString(
        dir.resolve("troops.txt"),
        "The minister said more troops were sent north.\n",
        StandardCharsets.UTF_8);

    CliRun run = CliRun.run("validate", output.toString()).assertExit(ExitCode.OK);
    assertThat(run.err()).as("%s", run).isEmpty();
    List<String> lines = run.out().lines().map(l -> l.replace(output + ":", "FILE:")).toList();
    assertThat(lines)
        .as("%s", run)
        .containsExactly(
            "note: FILE:10:15: /article/outlet: the outlet \"Example Times\" is not a known actor: declared as the media outlet actor:ExampleTimes",
            "draft: FILE:29:18: /claims/0/speaker: unknown actor \"WHO SAID IT\" and no known actor has a similar name;"
                + " declare it under \"actors\" ('claimcheck vocabulary --kind actor --match WORDS' finds the known ones)",
            "draft: FILE:31:21: /claims/0/onBehalfOf: unknown actor \"WHOM THEY SPEAK FOR\" and no known actor has a similar name;"
                + " declare it under \"actors\" ('claimcheck vocabulary --kind actor --match WORDS' finds the known ones)",
            "draft: FILE:37:18: /claims/0/proposition/agent: unknown actor \"WHO DID IT\" and no known actor has a similar name;"
                + " declare it under \"actors\" ('claimcheck vocabulary --kind actor --match WORDS' finds the known ones)",
            "draft: FILE:39:21: /claims/0/proposition/location: unknown place \"WHERE IT HAPPENED\" and no known place has a similar name;"
                + " declare it under \"places\" ('claimcheck vocabulary --kind place --match WORDS' finds the known ones)",
            "draft: FILE:40:19: /claims/0/proposition/object: unknown actor \"WITH WHOM\" and no known actor has a similar name;"
                + " declare it under \"actors\" ('claimcheck vocabulary --kind actor --match WORDS' finds the known ones)",
            "draft: FILE:41:19: /claims/0/proposition/target: unknown actor \"AGAINST WHOM\" and no known actor has a similar name;"
                + " declare it under \"actors\" ('claimcheck vocabulary --kind actor --match WORDS' finds the known ones)"
                + " (nor a place: unknown place \"AGAINST WHOM\" and no known place has a similar name;"
                + " declare it under \"places\" ('claimcheck vocabulary --kind place --match WORDS' finds the known ones))",
            "draft: FILE:42:17: /claims/0/proposition/host: unknown actor \"ON WHOSE TERRITORY\" and no known actor has a similar name;"
                + " declare it under \"actors\" ('claimcheck vocabulary --kind actor --match WORDS' finds the known ones)",
            "draft: FILE:51:16: /claims/0/quote: the quote of claim \"example\" does not occur in the article text:"
                + " the text and the quote agree up to \"the \", then the quote has \"speaker's words, copied …\""
                + " where the text has \"minister said more troop…\" (compared with spelling variants folded)",
            "draft: FILE:53:9: /claims/0/restatedAs/0: the restatement of claim \"example\" does not occur in the"
                + " article text: the text and the quote agree up to \"o\", then the quote has \"ther words of the articl…\""
                + " where the text has \"re troops were sent nort…\" (compared with spelling variants folded)",
            "",
            "1 file, 12 triples: conforms; 1 note, 1 draft claim left out");
  }

  @Test
  void withoutOutputTheSkeletonGoesToStandardOutputAndTheStepsToStandardError() throws IOException {
    CliRun run =
        CliRun.run(
                "new",
                "--article-url",
                "https://www.example.org/archives/460505",
                "--published",
                "2021-02-22",
                "--outlet",
                "عنب بلدي",
                "--language",
                "ar",
                "--title",
                "التحالف الدولي ينفي")
            .assertExit(ExitCode.OK);
    ClaimsFile file = new ObjectMapper().readValue(run.out(), ClaimsFile.class);
    // An Arabic title gives no slug: the URL's last segment does.
    assertThat(file.article().id()).isEqualTo("2021-02-22-460505");
    assertThat(file.article().textFile()).isEqualTo("2021-02-22-460505.txt");
    assertThat(file.article().title()).containsEntry("ar", "التحالف الدولي ينفي");
    assertThat(run.err())
        .as("%s", run)
        .startsWith("Save this as 2021-02-22-460505.json (article 2021-02-22-460505).\n")
        .contains("  1. Paste the article's text into 2021-02-22-460505.txt.\n");
    assertThat(run.out()).doesNotContain("Next:");
  }

  @Test
  void anExistingFileIsNeverOverwritten() throws IOException {
    Path output = dir.resolve("troops.json");
    Files.writeString(output, "{\"mine\": true}\n");
    CliRun run = newFile(output).assertExit(ExitCode.USAGE).assertOneLineError();
    assertThat(run.errorMessage())
        .as("%s", run)
        .isEqualTo(
            "--output: "
                + output
                + " exists, and 'claimcheck new' never overwrites a file; remove it or name another"
                + " (see 'claimcheck new --help')");
    assertThat(Files.readString(output)).isEqualTo("{\"mine\": true}\n");
    assertThat(run.out()).isEmpty();
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          --published   | 2024-02-30           | Invalid value for option '--published': '2024-02-30' is not a date YYYY-MM-DD
          --published   | 2 May 2024           | Invalid value for option '--published': '2 May 2024' is not a date YYYY-MM-DD
          --language    | fr                   | Invalid value for option '--language': 'fr' is not a language claimcheck reads (expected ar or en)
          --article-url | ftp://example.com/a  | Invalid value for option '--article-url': 'ftp://example.com/a' is not an http or https URL
          --article-url | example.com/a        | Invalid value for option '--article-url': 'example.com/a' is not an http or https URL
          --outlet      | ' '                  | --outlet: expected the name of the outlet, not a blank
          --output      | troops.txt           | --output: troops.txt does not end in .json, by which claimcheck knows a claims file
          """)
  void aBadOptionIsAUsageErrorNamingIt(String option, String value, String message) {
    List<String> args = new java.util.ArrayList<>(ARTICLE);
    int at = args.indexOf(option);
    if (at >= 0) {
      args.set(at + 1, value);
    } else {
      args.addAll(List.of(option, value));
    }
    CliRun run =
        CliRun.run(args.toArray(String[]::new)).assertExit(ExitCode.USAGE).assertOneLineError();
    assertThat(run.errorMessage()).as("%s", run).startsWith(message);
    assertThat(run.out()).isEmpty();
    assertThat(Path.of("troops.txt")).doesNotExist();
  }

  @Test
  void aMissingOptionIsAUsageError() {
    CliRun run =
        CliRun.run("new", "--published", "2024-05-02", "--outlet", "X", "--language", "en")
            .assertExit(ExitCode.USAGE)
            .assertOneLineError();
    assertThat(run.errorMessage()).as("%s", run).contains("--article-url");
  }

  @Test
  void helpSaysWhatToDoNext() {
    CliRun run = CliRun.run("new", "--help").assertExit(ExitCode.OK);
    assertThat(run.out())
        .as("%s", run)
        .contains(
            "Usage: claimcheck new",
            "1. Paste the article's text",
            "Remove \"draft\": true from each finished claim.",
            "claimcheck validate FILE",
            "claimcheck check FILE",
            "2  USAGE");
    assertThat(run.out().replaceAll("\\s+", " "))
        .contains("which its \"$schema\" names, for an editor to complete names offline");
    // Registered only when named, like every subcommand, yet listed by the top help.
    assertThat(CliRun.run("--help").out()).contains("  new ");
  }
}
