package org.claimcheck.model;

import java.util.List;

/**
 * What a consistency check found.
 *
 * @param findings the conflicts, sorted by severity, category, rule and statements
 * @param rules the rules that ran, in the order they ran
 * @param statements the statements the findings name, sorted by IRI ({@link Report} has them all)
 * @param checked what the check looked at: statements, articles, speakers, drafts left out
 */
public record CheckResult(
    List<Finding> findings, List<RuleInfo> rules, List<Statement> statements, Coverage checked) {
  /** Copies the lists. */
  public CheckResult {
    findings = List.copyOf(findings);
    rules = List.copyOf(rules);
    statements = List.copyOf(statements);
  }

  /** The findings at least as strong as {@code threshold}. */
  public List<Finding> atLeast(Severity threshold) {
    return findings.stream().filter(f -> f.severity().atLeast(threshold)).toList();
  }
}
