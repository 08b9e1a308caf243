package org.claimcheck.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.system.StreamRDFLib;
import org.claimcheck.error.ClaimcheckException;

/**
 * Fuzzes claimcheck's loading path for every RDF syntax it reads. Whatever the bytes, the
 * outcome is a parsed document or a BAD_INPUT error naming the document: never another
 * exception. {@code mvn verify} replays the stored inputs under {@code
 * src/test/resources/org/claimcheck/store/ParserFuzzTestInputs/}; {@code JAZZER_FUZZ=1} fuzzes.
 */
class ParserFuzzTest {
  private static final Lang[] LANGS = {
    Lang.TURTLE, Lang.NTRIPLES, Lang.NQUADS, Lang.TRIG, Lang.RDFXML, Lang.JSONLD
  };

  @FuzzTest(maxDuration = "60s")
  void anyBytesParseOrFailAsBadInput(FuzzedDataProvider data) {
    Lang lang = data.pickValue(LANGS);
    byte[] bytes = data.consumeRemainingAsBytes();
    try {
      StrictParser.parse("fuzz.input", "https://example.org/base", bytes, lang, StreamRDFLib.sinkNull());
    } catch (ClaimcheckException e) {
      assertThat(e.kind()).isEqualTo(ClaimcheckException.Kind.BAD_INPUT);
      assertThat(e.getMessage()).startsWith("fuzz.input");
    }
  }
}
