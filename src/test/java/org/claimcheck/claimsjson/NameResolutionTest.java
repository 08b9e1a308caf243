package org.claimcheck.claimsjson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.claimcheck.io.ClaimsFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Names, aliases and spelling variants resolve against the ontology and the shared facts. */
class NameResolutionTest {
  static NameIndex names;

  @BeforeAll
  static void index() {
    Graph known = ClaimsFiles.known(Path.of("facts"));
    names = new NameIndex(known);
  }

  @ParameterizedTest(name = "{0} \"{1}\" = {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          ACTOR      | ماكنزي                                       | actor:KennethMcKenzie
          ACTOR      | ماكينزي                                      | actor:KennethMcKenzie
          ACTOR      | مَاكِنْزِي                                     | actor:KennethMcKenzie
          ACTOR      | مـاكـنـزي                                     | actor:KennethMcKenzie
          ACTOR      | gen. kenneth f. mckenzie jr.                 | actor:KennethMcKenzie
          ACTOR      | actor:KennethMcKenzie                        | actor:KennethMcKenzie
          ACTOR      | https://w3id.org/claimcheck/id/actor/CENTCOM | actor:CENTCOM
          ACTOR      | CENTCOM                                      | actor:CENTCOM
          ACTOR      | القوات الامريكية                              | actor:USForces
          ACTOR      | القوات الأمريكية                              | actor:USForces
          ACTOR      | ايران                                        | actor:Iran
          ACTOR      | إيران                                        | actor:Iran
          ACTOR      | التحالف الدولى                                | actor:Coalition
          PLACE      | الحسكه                                       | place:Hasakah
          PLACE      | محافظة الحسكه                                 | place:Hasakah
          PLACE      | Al-Hasakah                                   | place:Hasakah
          PLACE      | سورية                                        | place:Syria
          PLACE      | Ayn  Diwar                                   | place:AinDiwar
          PLACE      | Syria                                        | place:Syria
          EVENT_TYPE | cc:TroopIncrease                             | cc:TroopIncrease
          EVENT_TYPE | زيادة حجم القوات                              | cc:TroopIncrease
          EVENT_TYPE | Withdrawal of Forces                         | cc:Withdrawal
          ROLE       | spokesperson                                 | cc:Spokesperson
          SOURCE_KIND| media report                                 | cc:MediaReport
          ACTOR_KIND | person                                       | cc:Person
          """)
  void resolves(TermKind kind, String name, String expected) {
    Node node = names.resolve(kind, name.strip());
    assertThat(names.shortName(node)).isEqualTo(expected);
  }

  @Test
  void foldingCoversTheArabicVariants() {
    assertThat(Folding.fold("أإآٱ ؤئ ى ة ـ َُِّْ ٰ")).isEqualTo("اااا وي ي ه");
    assertThat(Folding.fold("  US   Forces ")).isEqualTo("us forces");
    assertThat(Folding.fold("ﻻ")).isEqualTo("لا");
  }

  @Test
  void invisibleCharactersPastedWithANameAreDropped() {
    // A right-to-left mark after a name, as copied from an Arabic page; a byte order mark before.
    assertThat(names.shortName(names.resolve(TermKind.ACTOR, "التحالف الدولي\u200F")))
        .isEqualTo("actor:Coalition");
    assertThat(names.shortName(names.resolve(TermKind.ACTOR, "\uFEFFCENTCOM")))
        .isEqualTo("actor:CENTCOM");
    assertThat(names.shortName(names.resolve(TermKind.PLACE, "\u2067Al-Hasakah\u2069\u200E")))
        .isEqualTo("place:Hasakah");
    assertThat(Folding.fold("a\u200Bb\u200Cc\u200Dd\u00ADe\u202Ef\u2066g\uFE0Fh\u061Ci"))
        .isEqualTo("abcdefghi");
    // Visible marks stay: an Arabic comma is not ignorable.
    assertThat(Folding.fold("أ،ب")).isEqualTo("ا،ب");
  }

  @Test
  void aQuoteMatchesTheTextThroughInvisibleCharacters() {
    assertThat(Quotes.mismatch("قال المتحدث \u200Fإن التحالف باق\u200F.", "إن التحالف باق"))
        .isEmpty();
    assertThat(Quotes.mismatch("He said the coalition stays.", "the\u200F coalition\uFEFF stays"))
        .isEmpty();
  }

  @Test
  void theKindsAreKeptApart() {
    // "Russia" is an actor (the state) and a place (the country).
    assertThat(names.shortName(names.resolve(TermKind.ACTOR, "Russia"))).isEqualTo("actor:Russia");
    assertThat(names.shortName(names.resolve(TermKind.PLACE, "Russia"))).isEqualTo("place:Russia");
  }

  @Test
  void anUnknownNameSuggestsTheClosestOnes() {
    assertThatThrownBy(() -> names.resolve(TermKind.ACTOR, "Marotto"))
        .hasMessageStartingWith(
            "unknown actor \"Marotto\"; did you mean \"Col. Wayne Marotto\" (actor:WayneMarotto)?"
                + " If not, declare it under \"actors\" ('claimcheck vocabulary --kind actor --match WORDS' finds the known ones)");
    assertThatThrownBy(() -> names.resolve(TermKind.ACTOR, "ماكنزى جونيور"))
        .hasMessageStartingWith(
            "unknown actor \"ماكنزى جونيور\"; did you mean \"ماكنزي\" (actor:KennethMcKenzie)? If not");
    assertThatThrownBy(() -> names.resolve(TermKind.PLACE, "Qqqxxz"))
        .hasMessageStartingWith(
            "unknown place \"Qqqxxz\" and no known place has a similar name;"
                + " declare it under \"places\" ('claimcheck vocabulary --kind place --match WORDS' finds the known ones)");
  }
}
