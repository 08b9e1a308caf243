package org.claimcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A claims file with a draft claim, as a user writes one while modelling an article: validate lists
 * what the draft lacks and the defaults taken, {@code --strict} refuses those defaults, and check
 * and load leave the draft out and say so.
 */
class WorkInProgressTest {
  private static final Path INVENTED = Path.of(ImportCommandTest.INVENTED);
  private static final String MEASURES_NOTE =
      ":69:21: /claims/2/proposition/quantity: no \"measures\": the count is taken as a level"
          + " (how many there are), not a change (how many came or went)";

  @TempDir Path dir;
  private Path claims;

  /** The invented article's claims file with a draft claim added at its end, its text beside it. */
  @BeforeEach
  void writeClaimsWithADraft() throws IOException {
    String original = Files.readString(INVENTED);
    assertThat(original).endsWith("    }\n  ]\n}\n");
    String withDraft =
        original.substring(0, original.length() - "\n  ]\n}\n".length())
            + ",\n    {\"id\": \"wip\", \"draft\": true, \"speaker\": \"local sources in Hasakah\","
            + " \"polarity\": \"denies\"}\n  ]\n}\n";
    claims = dir.resolve("wip.json");
    Files.writeString(claims, withDraft);
    String text = INVENTED.getFileName().toString().replace(".json", ".txt");
    Files.copy(INVENTED.resolveSibling(text), dir.resolve(text));
  }

  @Test
  void validateListsTheNotesAndWhatTheDraftLacks() {
    CliRun run = CliRun.run("validate", "facts", claims.toString()).assertExit(ExitCode.OK);

    String draft = "draft: " + claims + ":74:5: /claims/3/";
    assertThat(run.out().lines())
        .as("%s", run)
        .containsExactly(
            "note: " + claims + MEASURES_NOTE,
            draft + "gloss: missing: expected an English rendering of the quote",
            draft
                + "modality: missing: expected fact, intent, plan, prediction, commitment or conditional",
            draft + "proposition: missing: expected an object: agent, eventType, location, time",
            draft + "quote: missing: expected the verbatim words of the article",
            draft
                + "role: missing: expected a role (spokesperson, official, minister, reporter, analyst, ...)",
            draft + "said: missing: expected when it was said, a date",
            draft + "source: missing: expected the id of a source of this file",
            "",
            "4 files, 622 triples: conforms; 1 note, 1 draft claim left out");
  }

  @Test
  void strictValidationTurnsTheNotesIntoErrors() {
    CliRun run =
        CliRun.run("validate", "--strict", "facts", claims.toString())
            .assertExit(ExitCode.BAD_INPUT);

    assertThat(run.err().lines())
        .as("%s", run)
        .containsExactly("claimcheck: " + claims + MEASURES_NOTE + " (an error with --strict)");
  }

  @Test
  void checkLeavesTheDraftOutAndCountsIt() {
    CliRun run = CliRun.run("check", "facts", claims.toString()).assertExit(ExitCode.FINDINGS);

    assertThat(run.out())
        .as("%s", run)
        .startsWith(
            "11 findings (2 contradictions, 9 tensions) among 23 statements by 6 speakers in\n"
                + "2 articles, by 13 rules; 1 draft claim left out\n");
  }

  @Test
  void loadResolvesTheClaimsAgainstTheFactsLoadedWithThemAndLeavesTheDraftOut() {
    Path store = dir.resolve("store");

    CliRun load =
        CliRun.run("load", "--store", store.toString(), "facts", claims.toString())
            .assertExit(ExitCode.OK);
    assertThat(load.out().lines())
        .as("%s", load)
        .contains("drafts: 1 draft claim left out ('claimcheck validate' lists what it lacks)");

    CliRun check = CliRun.run("check", "--store", store.toString()).assertExit(ExitCode.FINDINGS);
    assertThat(check.out())
        .as("%s", check)
        .startsWith(
            "11 findings (2 contradictions, 9 tensions) among 23 statements by 6 speakers in\n");
  }
}
