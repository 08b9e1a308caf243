package org.claimcheck.validate;

import java.util.Comparator;

/**
 * One SHACL result, rendered for people: nodes as prefixed names where a prefix is known, otherwise
 * {@code <iri>}; a blank node by the triple that points to it.
 *
 * @param focusNode the node that fails a shape
 * @param path the property path of the failing constraint, or {@code ""} for a node constraint
 * @param message what is wrong, with {@code {$this}}, {@code {$value}} and {@code {$path}} filled
 * @param severity how grave SHACL says the result is
 * @param value the offending value, or {@code ""} when the result names none
 * @param where {@code file:line:col} of the statement about the focus node that best shows the
 *     problem, or {@code ""} where no file says (a store, a claims file, RDF/XML, JSON-LD)
 */
public record Violation(
    String focusNode, String path, String message, Level severity, String value, String where) {

  /** SHACL's severities, {@code sh:Violation}, {@code sh:Warning} and {@code sh:Info}. */
  public enum Level {
    VIOLATION,
    WARNING,
    INFO;

    /** The name as SHACL writes it: {@code Violation}, {@code Warning}, {@code Info}. */
    public String label() {
      return name().charAt(0) + name().substring(1).toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * The level of a SHACL severity by its local name; any other severity (SHACL allows a shape to
     * name its own) counts as a violation.
     */
    public static Level of(String localName) {
      for (Level level : values()) {
        if (level.label().equals(localName)) {
          return level;
        }
      }
      return VIOLATION;
    }
  }

  /** The order in which violations are reported: focus node, path, message, then the rest. */
  public static final Comparator<Violation> ORDER =
      Comparator.comparing(Violation::focusNode)
          .thenComparing(Violation::path)
          .thenComparing(Violation::message)
          .thenComparing(Violation::value)
          .thenComparing(Violation::severity);
}
