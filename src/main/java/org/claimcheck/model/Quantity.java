package org.claimcheck.model;

/**
 * A count stated by a proposition.
 *
 * @param count how many
 * @param unit what is counted, as a label ("soldiers")
 * @param exactness how exact, as a label ("varies with conditions")
 */
public record Quantity(long count, String unit, String exactness) {
  @Override
  public String toString() {
    return count + " " + unit + " (" + exactness + ")";
  }
}
