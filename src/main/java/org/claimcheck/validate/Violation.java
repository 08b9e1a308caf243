package org.claimcheck.validate;

import java.util.Comparator;

/**
 * One SHACL result, rendered for people: nodes as prefixed names where a prefix is known, otherwise
 * {@code <iri>}; a blank node by the triple that points to it.
 *
 * @param focusNode the node that fails a shape
 * @param path the property path of the failing constraint, or {@code ""} for a node constraint
 * @param message what is wrong, with {@code {$this}}, {@code {$value}} and {@code {$path}} filled
 * @param severity {@code Violation}, {@code Warning} or {@code Info}
 * @param value the offending value, or {@code ""} when the result names none
 * @param where {@code file:line:col} of the statement about the focus node that best shows the
 *     problem, or {@code ""} where no file says (a store, a claims file, RDF/XML, JSON-LD)
 */
public record Violation(
    String focusNode, String path, String message, String severity, String value, String where) {

  /** The order in which violations are reported: focus node, path, message, then the rest. */
  public static final Comparator<Violation> ORDER =
      Comparator.comparing(Violation::focusNode)
          .thenComparing(Violation::path)
          .thenComparing(Violation::message)
          .thenComparing(Violation::value)
          .thenComparing(Violation::severity);
}
