package org.claimcheck.model;

import java.util.Locale;

/** Whether a statement affirms or denies its proposition. */
public enum Polarity {
  AFFIRMS,
  DENIES;

  /** The lower-case word used in reports. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
