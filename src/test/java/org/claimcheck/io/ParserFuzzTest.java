package org.claimcheck.io;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.system.StreamRDFLib;
import org.claimcheck.FuzzInputs;
import org.claimcheck.error.ClaimcheckException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes claimcheck's loading path for every RDF syntax it reads. Whatever the bytes, the outcome
 * is a parsed document or a BAD_INPUT error of one line naming the document: never another
 * exception. {@code mvn verify} replays the stored inputs under {@code
 * src/test/resources/org/claimcheck/io/ParserFuzzTestInputs/anyBytesParseOrFailAsBadInput/} (the
 * bundled facts, the test fixtures, the documents of RdfLoaderTest and BadInputTest, and edits of
 * them: each file is the document followed by one byte, the index of its syntax in {@link #LANGS}
 * modulo 6); {@code JAZZER_FUZZ=1} fuzzes. Fails when those inputs are missing, or when they are
 * all read or all refused.
 */
class ParserFuzzTest {
  private static final Lang[] LANGS = {
    Lang.TURTLE, Lang.NTRIPLES, Lang.NQUADS, Lang.TRIG, Lang.RDFXML, Lang.JSONLD
  };
  private static final FuzzInputs OUTCOMES = new FuzzInputs();

  @FuzzTest(maxDuration = "60s")
  void anyBytesParseOrFailAsBadInput(FuzzedDataProvider data) {
    Lang lang = data.pickValue(LANGS);
    byte[] bytes = data.consumeRemainingAsBytes();
    try {
      StrictParser.parse(
          "fuzz.input", "https://example.org/base", bytes, lang, StreamRDFLib.sinkNull());
      OUTCOMES.read();
    } catch (ClaimcheckException e) {
      OUTCOMES.refused(e, "fuzz.input");
    }
  }

  @Test
  void theInputsToReplayAreStored() throws Exception {
    FuzzInputs.assertStored(ParserFuzzTest.class, "anyBytesParseOrFailAsBadInput");
  }

  @AfterAll
  static void theStoredInputsAreReadAndRefused() {
    OUTCOMES.assertBothOutcomes();
  }
}
