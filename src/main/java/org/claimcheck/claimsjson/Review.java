package org.claimcheck.claimsjson;

import java.nio.file.Path;
import java.util.List;

/**
 * What reading a claims file found that is not an error, for the person who wrote it.
 *
 * @param file the claims file
 * @param notes the implicit defaults taken (a claim's side, a count's measure, a declared outlet)
 * @param drafts the ids of the claims marked as drafts, left out of the facts, in file order
 * @param gaps what the drafts still lack or have wrong, in file order
 */
public record Review(Path file, List<Problem> notes, List<String> drafts, List<Problem> gaps) {
  /** Copies the lists. */
  public Review {
    notes = List.copyOf(notes);
    drafts = List.copyOf(drafts);
    gaps = List.copyOf(gaps);
  }
}
