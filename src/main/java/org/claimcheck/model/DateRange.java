package org.claimcheck.model;

import java.time.LocalDate;

/** An inclusive range of days. */
public record DateRange(LocalDate from, LocalDate until) {
  /** {@code 2021-02-21} for one day, {@code 2021-02-16..2021-02-22} otherwise. */
  @Override
  public String toString() {
    return from.equals(until) ? from.toString() : from + ".." + until;
  }
}
