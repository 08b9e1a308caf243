package org.claimcheck.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The generator's promise, the same bytes for the same size and seed, holds whatever the machine's
 * locale: Turkish lower-cases "I" to a dotless "ı", and Egyptian Arabic formats numbers with
 * Arabic-Indic digits.
 */
class GeneratorLocaleTest {
  @Test
  void theSameSeedGivesTheSameBytesUnderEveryLocale() {
    String[] root = generate(Locale.ROOT);
    assertThat(root[0]).contains("says fact").contains("\"2018-");
    for (Locale locale :
        new Locale[] {Locale.forLanguageTag("tr-TR"), Locale.forLanguageTag("ar-EG")}) {
      String[] other = generate(locale);
      assertThat(other[0]).as("facts under %s", locale).isEqualTo(root[0]);
      assertThat(other[1]).as("expectation under %s", locale).isEqualTo(root[1]);
    }
  }

  private static String[] generate(Locale locale) {
    Locale before = Locale.getDefault();
    Locale.setDefault(locale);
    try {
      StringWriter facts = new StringWriter();
      StringWriter expectation = new StringWriter();
      ClaimsGenerator.write(3_000, 7, facts, expectation);
      return new String[] {facts.toString(), expectation.toString()};
    } finally {
      Locale.setDefault(before);
    }
  }
}
