package org.claimcheck.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.claimcheck.CheckRequest;
import org.claimcheck.Claimcheck;
import org.claimcheck.model.CheckResult;
import org.claimcheck.model.Finding;
import org.claimcheck.rules.RuleLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generated graph of about 10k triples, checked with the bundled rules: the planted
 * contradictions are found exactly (none missed, nothing else, so no near miss either), and every
 * bundled rule has planted cases. No timing is asserted; the benchmark is bench/run.sh.
 */
class PlantedContradictionsTest {
  @TempDir static Path dir;

  private static List<String[]> expected;
  private static CheckResult result;

  @BeforeAll
  static void generateAndCheck() throws IOException {
    Path facts = dir.resolve("claims.nt");
    StringWriter expectation = new StringWriter();
    try (Writer out = Files.newBufferedWriter(facts, StandardCharsets.UTF_8)) {
      ClaimsGenerator.write(10_000, 1, out, expectation);
    }
    expected =
        expectation
            .toString()
            .lines()
            .filter(l -> !l.isBlank() && !l.startsWith("#"))
            .map(l -> l.split("\t"))
            .toList();
    result = Claimcheck.check(CheckRequest.of(List.of(facts)));
  }

  @Test
  void findsExactlyThePlantedContradictions() {
    Set<String> planted =
        expected.stream()
            .filter(l -> !l[0].equals("near-miss"))
            .map(l -> String.join(" ", l[0], l[1], l[2]))
            .collect(Collectors.toCollection(TreeSet::new));
    Set<String> found =
        result.findings().stream()
            .map(f -> String.join(" ", f.rule().id(), f.a().iri(), f.b().iri()))
            .collect(Collectors.toCollection(TreeSet::new));

    assertThat(found).containsExactlyElementsOf(planted);
  }

  @Test
  void noNearMissIsReported() {
    List<String[]> nearMisses = expected.stream().filter(l -> l[0].equals("near-miss")).toList();

    assertThat(nearMisses).hasSize(3 * ClaimsGenerator.RULES.size());
    for (String[] miss : nearMisses) {
      assertThat(result.findings())
          .as(miss[3])
          .noneMatch(f -> pair(f).equals(Set.of(miss[1], miss[2])));
    }
  }

  @Test
  void everyBundledRuleHasPlantedCases() {
    Set<String> bundled =
        RuleLoader.bundled().stream()
            .map(r -> r.info().id())
            .collect(Collectors.toCollection(TreeSet::new));

    assertThat(new TreeSet<>(ClaimsGenerator.RULES)).containsExactlyElementsOf(bundled);
  }

  @Test
  void theSameSeedGivesTheSameBytes() {
    StringWriter first = new StringWriter();
    StringWriter second = new StringWriter();
    ClaimsGenerator.write(5_000, 7, first, new StringWriter());
    ClaimsGenerator.write(5_000, 7, second, new StringWriter());

    assertThat(first.toString()).isEqualTo(second.toString());
  }

  private static Set<String> pair(Finding f) {
    return Set.of(f.a().iri(), f.b().iri());
  }
}
