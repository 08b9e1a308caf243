package org.claimcheck.model;

import java.util.List;

/**
 * A conflict between two statements found by one rule.
 *
 * @param id stable: the same rule and statements give the same id on every run
 * @param rule the rule that found it
 * @param severity the rule's severity, or tension where the rule's row or an open time says the
 *     conflict is not certain
 * @param a the first statement (the affirmation, where the other is a denial)
 * @param b the second statement
 * @param reasoning the chain that links them, one step a line, in plain words
 */
public record Finding(
    String id, RuleInfo rule, Severity severity, Statement a, Statement b, List<String> reasoning) {
  /** Copies the reasoning. */
  public Finding {
    reasoning = List.copyOf(reasoning);
  }

  public Category category() {
    return rule.category();
  }
}
