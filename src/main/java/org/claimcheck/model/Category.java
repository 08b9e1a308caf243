package org.claimcheck.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * Why two statements conflict, after de Marneffe, Rafferty and Manning, "Finding Contradictions in
 * Text" (ACL 2008), plus the case of one side contradicting itself.
 */
public enum Category {
  NEGATION("negation", "one side denies what another affirms"),
  ENTAILMENT("entailment", "what one side reports entails what another denies"),
  ANTONYMY("antonymy", "the two sides affirm opposite events"),
  MODALITY("modality", "an intent, plan, prediction or commitment against a denial or an opposite"),
  NUMBERS("numbers", "counts that disagree"),
  SAME_SIDE("same-side", "one organisation, or its parts, affirms and denies the same thing");

  private final String id;
  private final String description;

  Category(String id, String description) {
    this.id = id;
    this.description = description;
  }

  /** The name used in rule headers and reports. */
  public String id() {
    return id;
  }

  /** One line saying what the category covers. */
  public String description() {
    return description;
  }

  /** The category with this {@link #id()}, if any. */
  public static Optional<Category> fromId(String id) {
    return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst();
  }
}
