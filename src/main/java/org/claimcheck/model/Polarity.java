package org.claimcheck.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The stance of a statement towards its proposition. Only affirmations and denials can conflict; a
 * non-answer never does, and a report of another statement is that statement's stance, not its
 * reporter's.
 */
public enum Polarity {
  AFFIRMS,
  DENIES,
  NEITHER_CONFIRMS_NOR_DENIES,
  DECLINES_TO_COMMENT,
  REPORTS;

  /** The lower-case words used in reports ("neither confirms nor denies"). */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** The local name of its ontology term ({@code DeclinesToComment}). */
  public String localName() {
    StringBuilder name = new StringBuilder();
    for (String word : name().split("_")) {
      name.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
    }
    return name.toString();
  }

  /**
   * The value whose ontology term has the local name {@code localName} ({@code DeclinesToComment}).
   */
  public static Optional<Polarity> fromLocalName(String localName) {
    return Arrays.stream(values()).filter(p -> p.localName().equals(localName)).findFirst();
  }
}
