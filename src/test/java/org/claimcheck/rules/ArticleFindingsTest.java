package org.claimcheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.claimcheck.CheckRequest;
import org.claimcheck.Claimcheck;
import org.claimcheck.model.CheckResult;
import org.claimcheck.model.Finding;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The bundled article (2021-02-22, the coalition denies sending extra troops), as a golden
 * expectation: an analysis of every conflict in it and of every near miss, and the check must find
 * exactly the conflicts, with their category and severity, and none of the near misses.
 */
class ArticleFindingsTest {
  private static final String ART =
      "https://w3id.org/claimcheck/id/article/2021-02-22-coalition-denies-extra-troops#";

  private static CheckResult result;

  @BeforeAll
  static void check() {
    result = Claimcheck.check(CheckRequest.of(List.of(Path.of("facts"))));
  }

  /**
   * The conflicts, as "rule, A, B, category, severity" (A is the affirmation where B denies).
   *
   * <ol>
   *   <li>The media report additional troops sent to Syria; the spokesman denies exactly that (same
   *       event, Syria, the past days): the article's central contradiction.
   *   <li>Additional troops entail an increase in troop level, which the spokesman denies for
   *       north-east Syria, within Syria: a tension, as the link needs entailment.
   *   <li>A new base in Hasakah entails an increase in bases, denied for north-east Syria, which
   *       contains Hasakah.
   *   <li>The reported intent to build a base at Ain Diwar (within Hasakah, within north-east
   *       Syria) against the same denial: an intent, so a modality tension.
   *   <li>McKenzie (2021-02-08): the coalition forces began the fourth phase of their mission,
   *       which entails a change of mission; Marotto (2021-02-21): the mission has not changed.
   *       Both affirm, through entailment, opposite states over overlapping time.
   *   <li>McKenzie's predicted reduction of US and NATO forces in the coming months (to 2021-02-28)
   *       against reports of additional troops in February 2021: opposite directions, one a
   *       prediction.
   *   <li>The coalition's denied intent to withdraw (2020-11-24) against McKenzie's predicted
   *       reduction: a withdrawal entails a reduction (the issue's example of modality).
   * </ol>
   */
  private static final Set<String> EXPECTED =
      Set.of(
          "negation report-additional-troops denial-additional-troops negation contradiction",
          "entailment report-additional-troops denial-troop-increase entailment tension",
          "entailment report-new-base-hasakah denial-base-increase entailment tension",
          "modality report-intent-base-ain-diwar denial-base-increase modality tension",
          "antonymy-entailed fourth-phase mission-unchanged antonymy tension",
          "modality-opposition predicted-reduction-2020-08 report-additional-troops modality tension",
          "modality predicted-reduction-2020-08 denial-withdrawal-intent-2020-11-24 modality tension");

  @Test
  void findsExactlyTheConflictsOfTheArticle() {
    Set<String> found =
        result.findings().stream().map(ArticleFindingsTest::describe).collect(Collectors.toSet());

    assertThat(found).containsExactlyInAnyOrderElementsOf(EXPECTED);
  }

  @Test
  void theCentralContradictionIsExplainedStepByStep() {
    Finding negation =
        result.findings().stream()
            .filter(f -> f.rule().id().equals("negation"))
            .findFirst()
            .orElseThrow();

    assertThat(negation.reasoning())
        .containsExactly(
            "both are about sending additional troops",
            "both concern Syria",
            "both concern Global Coalition against ISIS",
            "A is about 2021-02-16..2021-02-22, B about 2021-02-16..2021-02-21: they overlap",
            "A speaks for unnamed media reports, B for Global Coalition against ISIS: different sides");
    assertThat(negation.b().quote())
        .isEqualTo("نفى التحالف الدولي ضد تنظيم داعش، إرسال قوات إضافية إلى سوريا");
    assertThat(negation.b().speaker()).isEqualTo("Col. Wayne Marotto");
    assertThat(negation.b().source()).isEqualTo("tweet");
  }

  @Test
  void theAinDiwarFindingNamesTheWholeContainmentChain() {
    Finding finding =
        result.findings().stream()
            .filter(f -> f.a().iri().equals(ART + "report-intent-base-ain-diwar"))
            .findFirst()
            .orElseThrow();

    assertThat(finding.reasoning())
        .contains(
            "establishing a new base entails increase in bases",
            "Ain Diwar is within Hasakah governorate, within north-east Syria",
            "A is stated as an intent, not as a fact");
  }

  /** Pairs that look alike but are no conflict; none may appear in any finding, in either order. */
  @ParameterizedTest(name = "{0} ~ {1}: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "denial-additional-troops | report-new-base-hasakah | a new base does not entail additional troops",
        "denial-troop-increase | report-new-base-hasakah | a new base does not entail more troops",
        "denial-troop-increase | report-intent-base-ain-diwar | an intended base does not entail more troops",
        "denial-base-increase | report-additional-troops | additional troops do not entail more bases",
        "denial-troop-increase | predicted-reduction-2020-08 | both say the troops do not grow: compatible",
        "denial-withdrawal-intent-2020-11-24 | commitment-remain-2020-11-17 | both say the forces stay",
        "denial-withdrawal-intent-2020-11-24 | long-term-presence-2020-08 | presence agrees with no withdrawal",
        "predicted-reduction-2020-08 | long-term-presence-2020-08 | a reduction is not a withdrawal: same speaker, compatible",
        "predicted-reduction-2020-08 | commitment-remain-2020-11-17 | a reduction is not a withdrawal",
        "denial-base-increase | security-patrols | reinforcing existing bases is not more bases",
        "denial-troop-increase | troop-count-2020-11-17 | one count three months earlier shows no rise",
        "mission-unchanged | report-additional-troops | more troops is not a change of mission",
        "russia-long-term-presence | denial-withdrawal-intent-2020-11-24 | other actor: Russia is not the coalition",
        "russia-interferes | mission-unchanged | other actor and other event",
        "coalition-bases-background | denial-base-increase | bases existing is not bases increasing",
        "denial-additional-troops | denial-troop-increase | two denials by one speaker agree"
      })
  void nearMissesAreNotFindings(String first, String second, String why) {
    Set<String> pair = Set.of(ART + first.strip(), ART + second.strip());

    assertThat(result.findings())
        .as(why)
        .noneMatch(f -> Set.of(f.a().iri(), f.b().iri()).equals(pair));
  }

  private static String describe(Finding f) {
    return String.join(
        " ",
        f.rule().id(),
        f.a().iri().substring(ART.length()),
        f.b().iri().substring(ART.length()),
        f.category().id(),
        f.severity().id());
  }
}
