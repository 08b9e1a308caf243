package org.claimcheck.rules;

/**
 * Where a check reports how long its steps took: loading, validation, reading the statements and
 * each rule. {@link #NONE} ignores them.
 */
@FunctionalInterface
public interface Timings {
  /** Ignores every timing. */
  Timings NONE = (step, nanos) -> {};

  /** {@code step} ("load", "validate", "rule negation", ...) took {@code nanos} nanoseconds. */
  void record(String step, long nanos);
}
