package org.claimcheck.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How serious a finding is, strongest first. A contradiction is certain against certain with a
 * direct link (the same event, direct opposites, exact counts); a tension needs entailment, or one
 * side is an intent, plan, prediction, commitment or an inexact count.
 */
public enum Severity {
  CONTRADICTION,
  TENSION;

  /** The lower-case name used in rule headers, options and reports. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** True when this severity is at least as strong as {@code threshold}. */
  public boolean atLeast(Severity threshold) {
    return ordinal() <= threshold.ordinal();
  }

  /** The severity with this {@link #id()}, if any. */
  public static Optional<Severity> fromId(String id) {
    return Arrays.stream(values()).filter(s -> s.id().equals(id)).findFirst();
  }
}
