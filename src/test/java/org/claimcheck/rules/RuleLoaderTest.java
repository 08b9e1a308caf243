package org.claimcheck.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.claimcheck.error.ClaimcheckException;
import org.claimcheck.model.Category;
import org.claimcheck.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RuleLoaderTest {
  static final String HEADER =
      """
      # id: user-rule
      # title: A user rule
      # category: negation
      # severity: tension
      # description: Finds things,
      #   over two lines.
      """;

  static final String BODY =
      """
      PREFIX cc: <https://w3id.org/claimcheck#>
      SELECT ?a ?b ?typeA ?typeB ?agentA ?agentB ?placeA ?placeB WHERE {
        ?a cc:proposition ?p . ?b cc:proposition ?q .
        ?p cc:eventType ?typeA ; cc:agent ?agentA ; cc:location ?placeA .
        ?q cc:eventType ?typeB ; cc:agent ?agentB ; cc:location ?placeB .
      }
      ORDER BY ?a ?b
      """;

  @Test
  void bundledRulesAllLoadWithTheirHeaders() {
    List<Rule> rules = RuleLoader.bundled();

    assertThat(rules)
        .extracting(r -> r.info().id())
        .containsExactly(
            "antonymy",
            "antonymy-entailed",
            "entailment",
            "host",
            "modality",
            "modality-opposition",
            "negation",
            "numbers",
            "numbers-approximate",
            "numbers-bounds",
            "numbers-trend",
            "same-side",
            "same-side-entailed");
    assertThat(rules).extracting(r -> r.info().category()).contains(Category.values());
    assertThat(rules)
        .allSatisfy(
            r -> {
              assertThat(r.info().source()).isEqualTo("ontology/rules/" + r.info().id() + ".rq");
              assertThat(r.info().description()).hasSizeGreaterThan(80);
            });
  }

  @Test
  void bundledRulesAreEveryRuleFileOfTheOntology() throws IOException {
    // The jar lists its rules in an index written by the build; it must miss none.
    try (var files = Files.list(Path.of("ontology/rules"))) {
      List<String> onDisk =
          files
              .map(p -> "ontology/rules/" + p.getFileName())
              .filter(name -> name.endsWith(".rq"))
              .sorted()
              .toList();
      assertThat(RuleLoader.bundled())
          .extracting(r -> r.info().source())
          .containsExactlyInAnyOrderElementsOf(onDisk);
    }
  }

  @Test
  void everyBundledRuleIsStrictSparql11() throws IOException {
    try (var files = Files.list(Path.of("ontology/rules"))) {
      for (Path file : files.sorted().toList()) {
        assertThat(
                QueryFactory.create(Files.readString(file), Syntax.syntaxSPARQL_11).isSelectType())
            .as(file.toString())
            .isTrue();
      }
    }
  }

  @Test
  void readsTheHeaderWithContinuationLines() {
    Rule rule = RuleLoader.parse("my.rq", HEADER + BODY);

    assertThat(rule.info().id()).isEqualTo("user-rule");
    assertThat(rule.info().category()).isEqualTo(Category.NEGATION);
    assertThat(rule.info().severity()).isEqualTo(Severity.TENSION);
    assertThat(rule.info().description()).isEqualTo("Finds things, over two lines.");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "syntax error | ?a cc:proposition ?p . | ?a cc:proposition ?p ) | my.rq:9:",
        "missing variables | ?typeA ?typeB ?agentA ?agentB ?placeA ?placeB | ?typeA | my.rq: the rule does not project ?typeB ?agentA ?agentB ?placeA ?placeB",
        "unknown category | # category: negation | # category: sarcasm | my.rq: unknown category 'sarcasm' (expected one of: negation, entailment, antonymy, modality, numbers, same-side)",
        "unknown severity | # severity: tension | # severity: fatal | my.rq: unknown severity 'fatal' (expected one of: contradiction, tension)",
        "missing header key | # title: A user rule | # note: none | my.rq:1: the rule header lacks title",
        "no order | ORDER BY ?a ?b | '' | my.rq: the rule has no ORDER BY",
        "service | ?a cc:proposition ?p . | SERVICE <http://example.org/sparql> { ?a cc:proposition ?p } | my.rq: rules may not use SERVICE",
        "not a select | SELECT ?a ?b ?typeA ?typeB ?agentA ?agentB ?placeA ?placeB WHERE | ASK | my.rq: a rule must be a SELECT query",
      })
  void refusesABrokenRuleWithAClearMessage(String why, String from, String to, String message) {
    String text = (HEADER + BODY).replace(from, to);

    assertThatThrownBy(() -> RuleLoader.parse("my.rq", text))
        .isInstanceOfSatisfying(
            ClaimcheckException.class,
            e -> assertThat(e.kind()).isEqualTo(ClaimcheckException.Kind.BAD_INPUT))
        .hasMessageStartingWith(message);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "DELETE WHERE { ?s ?p ?o }",
        "LOAD <file:///etc/passwd>",
        "INSERT DATA { <urn:a> <urn:b> <urn:c> }",
        "CLEAR ALL"
      })
  void anUpdateIsNotARule(String update) {
    String text = HEADER + "PREFIX cc: <https://w3id.org/claimcheck#>\n" + update + "\n";

    assertThatThrownBy(() -> RuleLoader.parse("update.rq", text))
        .isInstanceOf(ClaimcheckException.class)
        .hasMessage("update.rq:8:1: SPARQL Update is not allowed here: claimcheck only reads");
  }

  @Test
  void userRulesComeAfterTheBundledOnes(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("mine.rq"), HEADER + BODY);

    List<Rule> rules = RuleLoader.load(List.of(dir));

    assertThat(rules).hasSize(RuleLoader.bundled().size() + 1);
    assertThat(rules.get(rules.size() - 1).info().source()).isEqualTo(dir + "/mine.rq");
  }

  @Test
  void aUserRuleMayNotReuseABundledId(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("mine.rq"), (HEADER + BODY).replace("user-rule", "negation"));

    assertThatThrownBy(() -> RuleLoader.load(List.of(dir)))
        .hasMessage(
            dir + "/mine.rq: rule id 'negation' is already used by ontology/rules/negation.rq");
  }

  @Test
  void rulesMustBeADirectoryWithRules(@TempDir Path dir) {
    assertThatThrownBy(() -> RuleLoader.load(List.of(dir.resolve("absent"))))
        .hasMessage(dir.resolve("absent") + ": --rules must name a directory of .rq files");
    assertThatThrownBy(() -> RuleLoader.load(List.of(dir)))
        .hasMessage(dir + ": no .rq rule files in this directory");
  }
}
