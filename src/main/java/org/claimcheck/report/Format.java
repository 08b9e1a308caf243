package org.claimcheck.report;

import java.util.Locale;

/** The formats findings can be written in. */
public enum Format {
  TEXT,
  JSON;

  /** The lower-case name used on the command line. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
