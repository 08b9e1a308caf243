package org.claimcheck.model;

import java.util.Locale;

/** How surely, and in which mood, a proposition is asserted. */
public enum Modality {
  FACT,
  INTENT,
  PLAN,
  PREDICTION,
  COMMITMENT,
  CONDITIONAL;

  /** The lower-case word used in reports. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
