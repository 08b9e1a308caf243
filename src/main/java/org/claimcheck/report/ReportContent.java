package org.claimcheck.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.claimcheck.model.Article;
import org.claimcheck.model.Category;
import org.claimcheck.model.DateRange;
import org.claimcheck.model.Finding;
import org.claimcheck.model.Report;
import org.claimcheck.model.RuleInfo;
import org.claimcheck.model.Severity;
import org.claimcheck.model.Statement;

/**
 * What every report format carries, computed once from a {@link Report}: the summary, the findings
 * at least as strong as a threshold (numbered from 1 in their sorted order), the timeline of all
 * statements and the appendix of all statements. Every list is in a fixed order, so the same result
 * gives the same report.
 */
final class ReportContent {
  /** The order of the timeline: by the first day said, then the last, then IRI. */
  private static final Comparator<Statement> BY_DATE =
      Comparator.comparing((Statement s) -> s.stated().firstDay())
          .thenComparing(s -> s.stated().until())
          .thenComparing(Statement::iri);

  /** A source that statements come from: its kind ("tweet") and its description. */
  record Source(String kind, String title) implements Comparable<Source> {
    @Override
    public int compareTo(Source other) {
      return Comparator.comparing(Source::kind).thenComparing(Source::title).compare(this, other);
    }
  }

  private final Report result;
  private final Severity threshold;
  private final List<Finding> findings;
  private final List<Statement> timeline;
  private final Map<String, Integer> numbers = new LinkedHashMap<>();
  private final Map<String, List<Integer>> findingsByStatement = new HashMap<>();

  ReportContent(Report result, Severity threshold) {
    this.result = result;
    this.threshold = threshold;
    this.findings = result.atLeast(threshold);
    this.timeline = result.statements().stream().sorted(BY_DATE).toList();
    timeline.forEach(s -> numbers.put(s.iri(), numbers.size() + 1));
    for (int i = 0; i < findings.size(); i++) {
      Finding f = findings.get(i);
      findingsByStatement.computeIfAbsent(f.a().iri(), k -> new ArrayList<>()).add(i + 1);
      if (!f.b().iri().equals(f.a().iri())) {
        findingsByStatement.computeIfAbsent(f.b().iri(), k -> new ArrayList<>()).add(i + 1);
      }
    }
  }

  /** The number of {@code s} in the timeline, from 1; reports name statements "S1", "S2"... */
  int number(Statement s) {
    return numbers.get(s.iri());
  }

  /** The one-line summary that the text report starts with. */
  String headline() {
    return TextReport.Summary.line(result.check(), findings);
  }

  Severity threshold() {
    return threshold;
  }

  /** The findings reported, in order; finding {@code i} has the number {@code i + 1}. */
  List<Finding> findings() {
    return findings;
  }

  List<RuleInfo> rules() {
    return result.rules();
  }

  List<Article> articles() {
    return result.articles();
  }

  /** Every statement, sorted by IRI. */
  List<Statement> statements() {
    return result.statements();
  }

  /** Every statement, by date: the timeline, and the order of the appendix. */
  List<Statement> timeline() {
    return timeline;
  }

  /** The distinct sources of the statements, sorted. */
  List<Source> sources() {
    TreeSet<Source> sources = new TreeSet<>();
    result.statements().forEach(s -> sources.add(new Source(s.source(), s.sourceTitle())));
    return List.copyOf(sources);
  }

  /** From the first day any statement was said to the last, if there is a statement. */
  Optional<DateRange> dateRange() {
    return result.statements().stream()
        .map(Statement::stated)
        .reduce(
            (x, y) ->
                new DateRange(
                    x.firstDay().isBefore(y.firstDay()) ? x.firstDay() : y.firstDay(),
                    x.until().isAfter(y.until()) ? x.until() : y.until()));
  }

  /** The number of findings of each severity by its id, every severity present, strongest first. */
  Map<String, Long> bySeverity() {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (Severity s : Severity.values()) {
      counts.put(s.id(), findings.stream().filter(f -> f.severity() == s).count());
    }
    return counts;
  }

  /**
   * The number of findings of each category by its id, every category present, in the enum's order.
   */
  Map<String, Long> byCategory() {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (Category c : Category.values()) {
      counts.put(c.id(), findings.stream().filter(f -> f.category() == c).count());
    }
    return counts;
  }

  /** The numbers of the reported findings that {@code statement} takes part in, ascending. */
  List<Integer> findingNumbers(Statement statement) {
    return Collections.unmodifiableList(
        findingsByStatement.getOrDefault(statement.iri(), List.of()));
  }

  /** "media report" for reported speech, "official" otherwise. */
  static String voice(Statement s) {
    return s.official() ? "official" : "media report";
  }

  /** "speaker (role, for side)", as the reports name who said something. */
  static String who(Statement s) {
    return s.speaker() + " (" + s.role() + ", for " + s.side() + ")";
  }

  /** "tweet: Tweet by the coalition spokesman", or the kind alone without a description. */
  static String source(Statement s) {
    return s.sourceTitle().isEmpty() ? s.source() : s.source() + ": " + s.sourceTitle();
  }

  /** "affirms (fact)". */
  static String what(Statement s) {
    return s.polarity().id() + " (" + s.modality().id() + ")";
  }
}
