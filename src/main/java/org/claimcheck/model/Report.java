package org.claimcheck.model;

import java.util.List;

/**
 * A check with what a report shows beside its findings: every statement and every article in the
 * data, for the timeline, the appendix and the counts by source.
 *
 * @param check the findings, the rules and what was checked
 * @param statements every statement in the data, sorted by IRI
 * @param articles every article in the data, sorted by IRI
 */
public record Report(CheckResult check, List<Statement> statements, List<Article> articles) {
  /** Copies the lists. */
  public Report {
    statements = List.copyOf(statements);
    articles = List.copyOf(articles);
  }

  /** Every finding, in order. */
  public List<Finding> findings() {
    return check.findings();
  }

  /** The findings at least as strong as {@code threshold}. */
  public List<Finding> atLeast(Severity threshold) {
    return check.atLeast(threshold);
  }

  /** The rules that ran, in the order they ran. */
  public List<RuleInfo> rules() {
    return check.rules();
  }
}
