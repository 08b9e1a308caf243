package org.claimcheck.validate;

import java.util.List;
import org.apache.jena.graph.Graph;

/**
 * The outcome of validating data against shapes.
 *
 * @param conforms whether the data conforms (no result of any severity)
 * @param violations every result, sorted by {@link Violation#ORDER}
 * @param report the same results as SHACL's standard {@code sh:ValidationReport}, in RDF
 */
public record ValidationResult(boolean conforms, List<Violation> violations, Graph report) {
  /** Copies and sorts {@code violations}. */
  public ValidationResult {
    violations = violations.stream().sorted(Violation.ORDER).toList();
  }
}
