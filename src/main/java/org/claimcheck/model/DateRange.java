package org.claimcheck.model;

import java.time.LocalDate;

/**
 * An inclusive range of days. Either end may be open ({@code null}): a start or an end that the
 * article does not give ("since 2014", "until further notice", "previously", "not said").
 */
public record DateRange(LocalDate from, LocalDate until) {
  /** The one day {@code day}. */
  public static DateRange day(LocalDate day) {
    return new DateRange(day, day);
  }

  /** The first day known: the start, else the end (for ordering by time). */
  public LocalDate firstDay() {
    return from != null ? from : until;
  }

  /** Both ends given. */
  public boolean closed() {
    return from != null && until != null;
  }

  /**
   * {@code 2021-02-21} for one day, {@code 2021-02-16..2021-02-22} for a closed range, {@code
   * 2014-01-01..(open)}, {@code (open)..2021-03-01} or {@code (time not said)} otherwise.
   */
  @Override
  public String toString() {
    if (from == null && until == null) {
      return "(time not said)";
    }
    if (closed() && from.equals(until)) {
      return from.toString();
    }
    return (from == null ? "(open)" : from.toString())
        + ".."
        + (until == null ? "(open)" : until.toString());
  }
}
