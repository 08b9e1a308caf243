package org.claimcheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.claimcheck.FuzzInputs;
import org.claimcheck.error.ClaimcheckException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes rule loading (header and strict SPARQL 1.1 parsing): any text is a rule or a BAD_INPUT
 * error of one line naming the file, never another exception. Replays the stored inputs under
 * {@code src/test/resources/org/claimcheck/rules/RuleFuzzTestInputs/anyTextIsARuleOrBadInput/} (the
 * bundled rules, RuleLoaderTest's rule and its refusals, and edits of them: each file is the rule
 * text followed by one byte, odd to put {@link RuleLoaderTest#HEADER} before the text); {@code
 * JAZZER_FUZZ=1} fuzzes. Fails when those inputs are missing, or when they are all read or all
 * refused.
 */
class RuleFuzzTest {
  private static final FuzzInputs OUTCOMES = new FuzzInputs();

  @FuzzTest(maxDuration = "60s")
  void anyTextIsARuleOrBadInput(FuzzedDataProvider data) {
    boolean withHeader = data.consumeBoolean();
    String text = (withHeader ? RuleLoaderTest.HEADER : "") + data.consumeRemainingAsString();
    try {
      Rule rule = RuleLoader.parse("fuzz.rq", text);
      assertThat(rule.query().isSelectType()).isTrue();
      OUTCOMES.read();
    } catch (ClaimcheckException e) {
      OUTCOMES.refused(e, "fuzz.rq");
    }
  }

  @Test
  void theInputsToReplayAreStored() throws Exception {
    FuzzInputs.assertStored(RuleFuzzTest.class, "anyTextIsARuleOrBadInput");
  }

  @AfterAll
  static void theStoredInputsAreReadAndRefused() {
    OUTCOMES.assertBothOutcomes();
  }
}
