package org.claimcheck.validate;

import java.nio.file.Path;
import java.util.List;
import org.claimcheck.claimsjson.Review;

/**
 * The result of validating fact files, with what was read.
 *
 * @param files the RDF files read
 * @param factTriples how many triples they gave
 * @param result the SHACL outcome
 * @param reviews what reading each claims file noted: implicit defaults, drafts and their gaps
 */
public record ValidationRun(
    List<Path> files, long factTriples, ValidationResult result, List<Review> reviews) {
  /** Copies the lists. */
  public ValidationRun {
    files = List.copyOf(files);
    reviews = List.copyOf(reviews);
  }
}
