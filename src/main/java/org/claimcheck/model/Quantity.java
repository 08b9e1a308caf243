package org.claimcheck.model;

import java.util.Optional;

/**
 * A count stated by a proposition: a number with its exactness, or bounds where the article gives
 * none ("more than 2,500", "from 2,000 to 2,500").
 *
 * @param count how many, when a number is given
 * @param atLeast the smallest count allowed, for a bound or a range
 * @param atMost the largest count allowed, for a bound or a range
 * @param unit what is counted, as a label ("soldiers")
 * @param exactness how exact the number is, as a label ("approximate"); empty for bounds
 * @param change true for how many came or went, false for how many there are
 */
public record Quantity(
    Optional<Long> count,
    Optional<Long> atLeast,
    Optional<Long> atMost,
    String unit,
    Optional<String> exactness,
    boolean change) {

  /**
   * "900 soldiers (exact)", "at least 1801 soldiers", "2000 to 2500 soldiers", with ", a change".
   */
  @Override
  public String toString() {
    String amount;
    if (count.isPresent()) {
      amount = count.get() + " " + unit + exactness.map(e -> " (" + e + ")").orElse("");
    } else if (atLeast.isPresent() && atMost.isPresent()) {
      amount = atLeast.get() + " to " + atMost.get() + " " + unit;
    } else if (atLeast.isPresent()) {
      amount = "at least " + atLeast.get() + " " + unit;
    } else {
      amount = "at most " + atMost.orElse(0L) + " " + unit;
    }
    return change ? amount + ", a change" : amount;
  }
}
