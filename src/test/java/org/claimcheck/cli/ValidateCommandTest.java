package org.claimcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code claimcheck validate} on the fixtures under {@code fixtures/validate/}. */
class ValidateCommandTest {
  static final String FIXTURES = "src/test/resources/fixtures/validate/";

  @Test
  void brokenFixtureHasExactlyItsThreeViolations() {
    CliRun run = CliRun.run("validate", FIXTURES + "broken.ttl").assertExit(ExitCode.FINDINGS);
    run.assertNoStackTrace();
    assertThat(run.err()).as("%s", run).isEmpty();

    Matcher block =
        Pattern.compile("(?m)^Violation: (\\S+)\\n  property: (\\S+)$").matcher(run.out());
    List<String> found = block.results().map(m -> m.group(1) + " " + m.group(2)).toList();
    assertThat(found)
        .as("%s", run)
        .containsExactly(
            "ex:backwards-proposition cc:holdsFrom",
            "ex:negative-quantity cc:count",
            "ex:no-speaker cc:speaker");
    assertThat(run.out()).as("%s", run).endsWith("1 file, 40 triples: 3 violations\n");
  }

  @Test
  void dataOutsideTheVocabularyConforms() {
    CliRun run =
        CliRun.run("validate", FIXTURES + "outside-vocabulary").assertExit(ExitCode.OK);
    assertThat(run.out()).as("%s", run).isEqualTo("1 file, 1 triple: conforms\n");
    assertThat(run.err()).as("%s", run).isEmpty();
  }

  @Test
  void sameInputGivesTheSameReport() {
    CliRun first = CliRun.run("validate", FIXTURES + "broken.ttl");
    CliRun second = CliRun.run("validate", FIXTURES + "broken.ttl");
    assertThat(second.out()).isEqualTo(first.out());
  }
}
