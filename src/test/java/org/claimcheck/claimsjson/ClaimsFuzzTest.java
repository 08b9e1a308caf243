package org.claimcheck.claimsjson;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.claimcheck.error.ClaimcheckException;
import org.claimcheck.store.ClaimsFiles;

/**
 * Fuzzes the JSON claims reader with edits of a valid document (a span replaced by fuzzed
 * text) and with raw bytes: the outcome is a graph or a BAD_INPUT error naming the file, never
 * another exception. Replays stored inputs under {@code
 * src/test/resources/org/claimcheck/claimsjson/ClaimsFuzzTestInputs/}; {@code JAZZER_FUZZ=1}
 * fuzzes.
 */
class ClaimsFuzzTest {
  private static final Graph KNOWN = ClaimsFiles.known(Path.of("facts"));
  private static final Path FILE = Path.of("fuzz.json");

  @FuzzTest(maxDuration = "60s")
  void anyEditOfAClaimsFileImportsOrFailsAsBadInput(FuzzedDataProvider data) {
    byte[] bytes;
    if (data.consumeBoolean()) {
      String base = ClaimsErrorsTest.BASE;
      int cut = data.consumeInt(0, base.length());
      int removed = data.consumeInt(0, 40);
      String edit = data.consumeRemainingAsString();
      String json = base.substring(0, cut) + edit + base.substring(Math.min(base.length(), cut + removed));
      bytes = json.getBytes(StandardCharsets.UTF_8);
    } else {
      bytes = data.consumeRemainingAsBytes();
    }
    try {
      Graph graph = ClaimsImporter.toGraph(FILE, bytes, KNOWN, Path.of("."));
      assertThat(graph.isEmpty()).isFalse();
    } catch (ClaimcheckException e) {
      assertThat(e.kind()).isEqualTo(ClaimcheckException.Kind.BAD_INPUT);
      assertThat(e.getMessage()).startsWith(FILE.toString());
    }
  }
}
