package org.claimcheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.claimcheck.error.ClaimcheckException;

/**
 * Fuzzes rule loading (header and strict SPARQL 1.1 parsing): any text is a rule or a BAD_INPUT
 * error naming the file, never another exception. Replays stored inputs under {@code
 * src/test/resources/org/claimcheck/rules/RuleFuzzTestInputs/}; {@code JAZZER_FUZZ=1} fuzzes.
 */
class RuleFuzzTest {
  @FuzzTest(maxDuration = "60s")
  void anyTextIsARuleOrBadInput(FuzzedDataProvider data) {
    boolean withHeader = data.consumeBoolean();
    String text = (withHeader ? RuleLoaderTest.HEADER : "") + data.consumeRemainingAsString();
    try {
      Rule rule = RuleLoader.parse("fuzz.rq", text);
      assertThat(rule.query().isSelectType()).isTrue();
    } catch (ClaimcheckException e) {
      assertThat(e.kind()).isEqualTo(ClaimcheckException.Kind.BAD_INPUT);
      assertThat(e.getMessage()).startsWith("fuzz.rq");
    }
  }
}
