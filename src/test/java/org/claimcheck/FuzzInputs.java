package org.claimcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.claimcheck.error.ClaimcheckException;

/**
 * The stored inputs a Jazzer fuzz test replays when it is not fuzzing: the files under {@code
 * src/test/resources/<package>/<TestClass>Inputs/<method>/}, each handed to the test as the raw
 * bytes its {@code FuzzedDataProvider} reads. Jazzer replays only the empty input when that folder
 * is missing, so a fuzz test checks here that it exists and holds real inputs, and counts how its
 * inputs ended, so that a replay that reaches only one outcome fails.
 */
public final class FuzzInputs {
  /** The fewest stored inputs a fuzz test may have: a few dozen, valid and broken. */
  public static final int FEWEST = 20;

  private final AtomicInteger read = new AtomicInteger();
  private final AtomicInteger refused = new AtomicInteger();

  /** Counts an input the code under test read. */
  public void read() {
    read.incrementAndGet();
  }

  /**
   * Counts an input the code under test refused, after asserting that it was refused as a user must
   * see it: BAD_INPUT, each message one line naming {@code source}.
   */
  public void refused(ClaimcheckException e, String source) {
    assertThat(e.kind()).isEqualTo(ClaimcheckException.Kind.BAD_INPUT);
    assertThat(e.messages())
        .allSatisfy(
            message -> {
              assertThat(message).startsWith(source);
              assertThat(message.lines()).as("one line: %s", message).hasSize(1);
            });
    refused.incrementAndGet();
  }

  /**
   * After a replay of the stored inputs (not while fuzzing, nor when the fuzz test did not run),
   * asserts that some were read and some besides the empty input refused: inputs that all end one
   * way test half the code.
   */
  public void assertBothOutcomes() {
    String fuzzing = System.getenv("JAZZER_FUZZ");
    if ((fuzzing != null && !fuzzing.isEmpty()) || read.get() + refused.get() == 0) {
      return;
    }
    int all = read.get() + refused.get();
    assertThat(read.get()).as("stored inputs that were read (of %d)", all).isPositive();
    // Jazzer replays the empty input too, and every reader here refuses it.
    assertThat(refused.get())
        .as("inputs that were refused, the empty one included (of %d)", all)
        .isGreaterThan(1);
  }

  /**
   * Asserts that the inputs of {@code test}'s fuzz test {@code method} are stored, at least {@link
   * #FEWEST} of them; returns how many there are.
   */
  public static long assertStored(Class<?> test, String method)
      throws IOException, URISyntaxException {
    String folder = test.getSimpleName() + "Inputs/" + method;
    String where = "src/test/resources/" + test.getPackageName().replace('.', '/') + "/" + folder;
    URL url = test.getResource(folder);
    assertThat(url)
        .as("%s is missing: Jazzer would replay only the empty input", where)
        .isNotNull();
    try (Stream<Path> files = Files.walk(Path.of(url.toURI()))) {
      long count = files.filter(Files::isRegularFile).count();
      assertThat(count).as("stored inputs in %s", where).isGreaterThanOrEqualTo(FEWEST);
      return count;
    }
  }
}
