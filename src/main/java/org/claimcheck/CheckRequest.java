package org.claimcheck;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.claimcheck.rules.Timings;
import org.claimcheck.store.StoreSpec;

/**
 * One consistency check.
 *
 * @param data the fact files (read with the bundled ontology) or the store that holds the data
 * @param ruleDirs directories of rule files to run after the bundled rules
 * @param timeout how long the check's queries may run, from its start
 * @param validate whether to validate the data against the shapes first (false only for data
 *     already validated: a rule silently skips ill-formed data)
 * @param timings hears how long each step took
 */
public record CheckRequest(
    StoreSpec data, List<Path> ruleDirs, Duration timeout, boolean validate, Timings timings) {
  /** How long a check may run unless told otherwise. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(300);

  /** Copies {@code ruleDirs}. */
  public CheckRequest {
    ruleDirs = List.copyOf(ruleDirs);
  }

  /** A check of the fact files {@code facts} with the bundled rules and every default. */
  public static CheckRequest of(List<Path> facts) {
    return new CheckRequest(
        new StoreSpec.InMemory(facts), List.of(), DEFAULT_TIMEOUT, true, Timings.NONE);
  }
}
