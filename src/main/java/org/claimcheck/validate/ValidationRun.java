package org.claimcheck.validate;

import java.nio.file.Path;
import java.util.List;

/**
 * The result of validating fact files, with what was read.
 *
 * @param files the RDF files read
 * @param factTriples how many triples they gave
 * @param result the SHACL outcome
 */
public record ValidationRun(List<Path> files, long factTriples, ValidationResult result) {
  /** Copies {@code files}. */
  public ValidationRun {
    files = List.copyOf(files);
  }
}
