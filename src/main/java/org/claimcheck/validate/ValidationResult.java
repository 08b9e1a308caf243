package org.claimcheck.validate;

import java.util.List;

/**
 * The outcome of validating data against shapes.
 *
 * @param conforms whether the data conforms (no result of any severity)
 * @param violations every result, sorted by {@link Violation#ORDER}
 */
public record ValidationResult(boolean conforms, List<Violation> violations) {
  /** Copies and sorts {@code violations}. */
  public ValidationResult {
    violations = violations.stream().sorted(Violation.ORDER).toList();
  }
}
