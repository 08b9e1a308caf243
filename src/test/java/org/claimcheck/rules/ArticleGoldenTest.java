package org.claimcheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.claimcheck.CheckRequest;
import org.claimcheck.Claimcheck;
import org.claimcheck.model.Finding;
import org.claimcheck.model.Report;
import org.claimcheck.model.Statement;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The real articles of {@code examples/articles/}: each folder's {@code claims.json}, checked alone
 * as {@code claimcheck check claims.json} checks it (names resolve against the bundled ontology,
 * vocabulary and gazetteer and the file's own declarations), must give exactly the findings of its
 * {@code expected.json} (rule, the two claim ids in either order, severity) and none between the
 * pairs it lists as near misses. A folder without {@code expected.json} fails.
 */
class ArticleGoldenTest {
  private static final Path ROOT = Path.of("examples/articles");
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A finding as {@code expected.json} states it: the pair unordered. */
  private record Expected(String rule, Set<String> pair, String severity) {
    static Expected of(Finding f) {
      return new Expected(f.rule().id(), Set.of(claimId(f.a()), claimId(f.b())), f.severity().id());
    }

    @Override
    public String toString() {
      return rule + " " + new TreeSet<>(pair) + " " + severity;
    }
  }

  private static String claimId(Statement s) {
    String fragment = s.iri().substring(s.iri().indexOf('#') + 1);
    return fragment.contains("~") ? fragment.substring(0, fragment.indexOf('~')) : fragment;
  }

  private static List<Path> articles() throws IOException {
    try (Stream<Path> list = Files.list(ROOT)) {
      return list.filter(Files::isDirectory).sorted().toList();
    }
  }

  @Test
  void thereAreSixArticlesOrMoreInTwoLanguages() throws IOException {
    Set<String> languages = new TreeSet<>();
    for (Path dir : articles()) {
      languages.add(
          JSON.readTree(dir.resolve("claims.json").toFile())
              .path("article")
              .path("language")
              .asText());
    }
    assertThat(articles()).hasSizeGreaterThanOrEqualTo(6);
    assertThat(languages).contains("ar", "en");
  }

  @TestFactory
  Stream<DynamicTest> everyArticleGivesItsFindingsAndNoNearMiss() throws IOException {
    return articles().stream()
        .map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> check(dir)));
  }

  private static void check(Path dir) throws IOException {
    Path expectedFile = dir.resolve("expected.json");
    assertThat(expectedFile).as("%s has no expected.json", dir).isRegularFile();
    JsonNode expectation = JSON.readTree(expectedFile.toFile());
    List<Expected> expected = new ArrayList<>();
    for (JsonNode f : expectation.path("findings")) {
      expected.add(
          new Expected(
              f.path("rule").asText(),
              Set.of(f.path("a").asText(), f.path("b").asText()),
              f.path("severity").asText()));
    }
    Report result = Claimcheck.report(CheckRequest.of(List.of(dir.resolve("claims.json"))));
    Set<String> claims =
        result.statements().stream().map(ArticleGoldenTest::claimId).collect(Collectors.toSet());
    List<Expected> found = result.findings().stream().map(Expected::of).distinct().toList();
    assertThat(found).as("%s: the findings", dir).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(expectation.path("nearMisses")).as("%s: near misses", dir).isNotEmpty();
    for (JsonNode miss : expectation.path("nearMisses")) {
      Set<String> pair = Set.of(miss.path("a").asText(), miss.path("b").asText());
      assertThat(claims)
          .as("%s: near miss %s names a claim the article lacks", dir, pair)
          .containsAll(pair);
      assertThat(found.stream().map(Expected::pair))
          .as("%s: near miss %s (%s) was reported", dir, pair, miss.path("kind").asText())
          .doesNotContain(pair);
    }
  }
}
