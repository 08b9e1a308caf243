package org.claimcheck.claimsjson;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.claimcheck.FuzzInputs;
import org.claimcheck.error.ClaimcheckException;
import org.claimcheck.io.ClaimsFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes the JSON claims reader with edits of a valid document (a span replaced by fuzzed text) and
 * with raw bytes: the outcome is a graph or a BAD_INPUT error whose every line names the file,
 * never another exception. Replays the stored inputs under {@code
 * src/test/resources/org/claimcheck/claimsjson/ClaimsFuzzTestInputs/anyEditOfAClaimsFileImportsOrFailsAsBadInput/}
 * ({@code JAZZER_FUZZ=1} fuzzes). Each ends in a byte: even, the bytes before it are a claims file
 * ({@code file-*}: the repository's claims files, their text inline, and broken ones); odd, they
 * are an edit of {@link ClaimsErrorsTest#BASE} ({@code edit-*}), read from the end as the provider
 * reads integers: where it cuts (two bytes, the high one last), how many characters it removes (one
 * byte), and in front the text put in their place. Fails when those inputs are missing, or when
 * they are all read or all refused.
 */
class ClaimsFuzzTest {
  private static final Graph KNOWN = ClaimsFiles.known(Path.of("facts"));
  private static final Path FILE = Path.of("fuzz.json");
  private static final FuzzInputs OUTCOMES = new FuzzInputs();

  @FuzzTest(maxDuration = "60s")
  void anyEditOfAClaimsFileImportsOrFailsAsBadInput(FuzzedDataProvider data) {
    byte[] bytes;
    if (data.consumeBoolean()) {
      String base = ClaimsErrorsTest.BASE;
      int cut = data.consumeInt(0, base.length());
      int removed = data.consumeInt(0, 40);
      String edit = data.consumeRemainingAsString();
      String json =
          base.substring(0, cut) + edit + base.substring(Math.min(base.length(), cut + removed));
      bytes = json.getBytes(StandardCharsets.UTF_8);
    } else {
      bytes = data.consumeRemainingAsBytes();
    }
    try {
      Graph graph = ClaimsImporter.toGraph(FILE, bytes, KNOWN, Path.of("."));
      assertThat(graph.isEmpty()).isFalse();
      OUTCOMES.read();
    } catch (ClaimcheckException e) {
      OUTCOMES.refused(e, FILE.toString());
    }
  }

  @Test
  void theInputsToReplayAreStored() throws Exception {
    FuzzInputs.assertStored(ClaimsFuzzTest.class, "anyEditOfAClaimsFileImportsOrFailsAsBadInput");
  }

  @AfterAll
  static void theStoredInputsAreReadAndRefused() {
    OUTCOMES.assertBothOutcomes();
  }
}
