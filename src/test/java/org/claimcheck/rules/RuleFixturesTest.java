package org.claimcheck.rules;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.claimcheck.CheckRequest;
import org.claimcheck.Claimcheck;
import org.claimcheck.io.RdfLoader;
import org.claimcheck.model.Finding;
import org.claimcheck.model.Report;
import org.claimcheck.model.Statement;
import org.claimcheck.store.InMemoryStore;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every bundled rule against its own invented fixture, {@code fixtures/rules/<id>/}: a {@code
 * facts.ttl} read with the shared {@code world.ttl}, and an {@code expected.tsv} listing the
 * findings of the whole check and the near misses that no rule may report.
 *
 * <p>Lines of {@code expected.tsv} (tab-separated; blank lines and {@code #} comments ignored):
 *
 * <ul>
 *   <li>{@code rule-id a b category severity}: a finding, as the checker reports it (A is the
 *       affirmation where the other is a denial, the later count for {@code numbers-trend}; for
 *       symmetric rules the IRIs are in ascending order);
 *   <li>{@code near-miss a b why}: a pair that looks like a conflict but is not one; no rule, run
 *       alone or with the others, may report it in either order.
 * </ul>
 */
class RuleFixturesTest {
  private static final String ROOT = "fixtures/rules";
  private static final String NEAR_MISS = "near-miss";

  /** A finding reduced to what a fixture states about it. */
  private record Expected(String rule, String a, String b, String category, String severity) {
    static Expected of(Finding f) {
      return new Expected(
          f.rule().id(), f.a().iri(), f.b().iri(), f.category().id(), f.severity().id());
    }

    @Override
    public String toString() {
      return String.join(" ", rule, a, b, category, severity);
    }
  }

  private record NearMiss(String a, String b, String why) {
    boolean matches(Finding f) {
      return Set.of(a, b).equals(Set.of(f.a().iri(), f.b().iri()));
    }
  }

  private record Expectations(List<Expected> findings, List<NearMiss> nearMisses) {}

  private static Path root() {
    URL url = RuleFixturesTest.class.getClassLoader().getResource(ROOT);
    assertThat(url).as("the rule fixtures on the test classpath: %s", ROOT).isNotNull();
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Set<String> bundledIds() {
    return RuleLoader.bundled().stream()
        .map(r -> r.info().id())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void everyFixtureNamesABundledRule() throws IOException {
    Set<String> fixtures;
    try (Stream<Path> list = Files.list(root())) {
      fixtures =
          list.filter(Files::isDirectory)
              .map(p -> p.getFileName().toString())
              .collect(Collectors.toCollection(TreeSet::new));
    }
    assertThat(fixtures)
        .as("fixture directories under %s that name no bundled rule", ROOT)
        .isSubsetOf(bundledIds());
  }

  /** One test per bundled rule; a rule without a fixture fails. */
  @TestFactory
  Stream<DynamicTest> everyRuleFindsItsCasesAndNoNearMiss() {
    Path root = root();
    return RuleLoader.bundled().stream()
        .map(rule -> DynamicTest.dynamicTest(rule.info().id(), () -> check(root, rule)));
  }

  private static void check(Path root, Rule rule) throws IOException {
    String id = rule.info().id();
    Path dir = root.resolve(id);
    Path facts = dir.resolve("facts.ttl");
    Path expectedFile = dir.resolve("expected.tsv");
    assertThat(facts)
        .as("rule %s has no fixture: write %s/%s/facts.ttl and expected.tsv", id, ROOT, id)
        .isRegularFile();
    assertThat(expectedFile).as("rule %s has no %s/%s/expected.tsv", id, ROOT, id).isRegularFile();
    verify(id, expectedFile, List.of(root.resolve("world.ttl"), facts), read(expectedFile));
  }

  private static void verify(
      String id, Path expectedFile, List<Path> files, Expectations expectations) {
    // The whole check, as 'claimcheck check' runs it; it also validates the facts (the shapes).
    Report result = Claimcheck.report(CheckRequest.of(files));
    Set<String> assertions =
        result.statements().stream().map(Statement::iri).collect(Collectors.toSet());
    for (NearMiss miss : expectations.nearMisses()) {
      assertThat(assertions)
          .as("%s: near miss %s names an assertion the fixture lacks", expectedFile, miss)
          .contains(miss.a(), miss.b());
    }
    assertThat(result.findings().stream().map(Expected::of).toList())
        .as("%s: the findings of all bundled rules", expectedFile)
        .containsExactlyInAnyOrderElementsOf(expectations.findings());

    List<Expected> own = expectations.findings().stream().filter(e -> e.rule().equals(id)).toList();
    assertThat(own)
        .as("%s: cases that rule %s must find", expectedFile, id)
        .hasSizeGreaterThanOrEqualTo(2);
    assertThat(expectations.nearMisses()).as("%s: near misses", expectedFile).isNotEmpty();

    // Each rule alone, so that a stronger rule's finding for the same pair cannot hide a weaker
    // rule that also matched a near miss, nor stand in for the rule under test.
    Graph graph = RdfLoader.loadWithOntology(files).graph();
    try (InMemoryStore store = InMemoryStore.of(graph)) {
      for (Rule each : RuleLoader.bundled()) {
        List<Finding> alone = Checker.check(store, List.of(each)).findings();
        for (NearMiss miss : expectations.nearMisses()) {
          assertThat(alone)
              .as(
                  "%s: rule %s reports the near miss %s %s (%s)",
                  expectedFile, each.info().id(), miss.a(), miss.b(), miss.why())
              .noneMatch(miss::matches);
        }
        if (each.info().id().equals(id)) {
          assertThat(alone.stream().map(Expected::of).toList())
              .as("%s: the findings of rule %s run alone", expectedFile, id)
              .containsExactlyInAnyOrderElementsOf(own);
        }
      }
    }
  }

  private static Expectations read(Path file) throws IOException {
    List<Expected> findings = new ArrayList<>();
    List<NearMiss> nearMisses = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      if (cells[0].equals(NEAR_MISS) && cells.length == 4) {
        nearMisses.add(new NearMiss(cells[1], cells[2], cells[3]));
      } else if (!cells[0].equals(NEAR_MISS) && cells.length == 5) {
        findings.add(new Expected(cells[0], cells[1], cells[2], cells[3], cells[4]));
      } else {
        fail(
            "%s:%d: expected 'rule-id<TAB>a<TAB>b<TAB>category<TAB>severity',"
                + " or 'near-miss<TAB>a<TAB>b<TAB>why', got: %s",
            file, i + 1, line);
      }
    }
    return new Expectations(findings, nearMisses);
  }
}
