package org.claimcheck.vocab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimcheck.claimsjson.TermKind;
import org.claimcheck.claimsjson.Vocabulary;
import org.claimcheck.io.BundledResources;
import org.junit.jupiter.api.Test;

/** The table of accepted values in docs/claims.md is the bundled vocabulary's, kind by kind. */
class ClaimsDocVocabularyTableTest {
  private static final Pattern ROW =
      Pattern.compile("(?m)^\\| [^|]+ \\| `([a-z-]+)` \\| ([^|]+) \\|$");

  @Test
  void theTableListsExactlyTheEnglishLabelsOfEachSmallKind() throws IOException {
    Matcher rows = ROW.matcher(Files.readString(Path.of("docs/claims.md")));
    Map<String, List<String>> table = new TreeMap<>();
    while (rows.find()) {
      String accepted = rows.group(2).strip().replaceFirst("; or a bound: .*", "");
      table.put(rows.group(1), Arrays.stream(accepted.split(", ")).toList());
    }
    Vocabulary vocabulary = Vocabulary.of(BundledResources.ontology());
    Map<String, List<String>> expected = new TreeMap<>();
    for (TermKind kind :
        List.of(
            TermKind.ROLE,
            TermKind.POLARITY,
            TermKind.MODALITY,
            TermKind.UNIT,
            TermKind.EXACTNESS,
            TermKind.SOURCE_KIND,
            TermKind.ACTOR_KIND,
            TermKind.PLACE_KIND)) {
      expected.put(
          kind.id, vocabulary.terms(kind).stream().map(Vocabulary.Term::label).sorted().toList());
    }

    assertThat(table).isEqualTo(expected);
  }
}
