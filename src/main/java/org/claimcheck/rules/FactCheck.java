package org.claimcheck.rules;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sys.JenaSystem;
import org.claimcheck.error.ClaimcheckException;
import org.claimcheck.model.CheckResult;
import org.claimcheck.store.Store;
import org.claimcheck.store.StoreSpec;
import org.claimcheck.validate.FactValidator;
import org.claimcheck.validate.ValidationResult;
import org.claimcheck.work.Watchdog;
import org.claimcheck.work.Workers;

/**
 * The whole consistency check of fact files: load and validate the rules, load the facts with
 * the ontology, refuse facts that break the shapes (a rule would silently skip them), run.
 */
public final class FactCheck {
  private static final int VIOLATIONS_SHOWN = 3;

  /** How long a check may run unless told otherwise. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(300);

  private FactCheck() {}

  /** Checks the facts in {@code facts} with the bundled rules and those in {@code ruleDirs}. */
  public static CheckResult run(List<Path> facts, List<Path> ruleDirs) {
    return run(new StoreSpec.InMemory(facts), ruleDirs, DEFAULT_TIMEOUT, true, true, Timings.NONE);
  }

  /**
   * Checks the data of {@code data} (fact files with the bundled ontology, or a store that holds
   * both) with the bundled rules and those in {@code ruleDirs}. Over an endpoint the data is
   * fetched once for validation; the rules run on the server.
   *
   * <p>Every query of the check (fetching the data from an endpoint, reading the statements,
   * each rule) must end within {@code timeout} of the start; otherwise the check stops with a
   * TIMEOUT naming the rule that was running. Parsing fact files and validating local data are
   * not limited. {@code validate} false skips the shapes, for data already validated (SHACL
   * costs about as much as parsing); so does a TDB2 store that records the conformance of exactly
   * the content read ({@link FactValidator#validateUnlessRecorded}); with {@code everyStatement}
   * false the result holds only the statements of its findings ({@link
   * Checker#check(Store, List, Timings, boolean)}); each step's time goes to {@code timings}.
   *
   * <p>Validation runs first, alone: run beside the rules (both only read the data) it saved no
   * time on two cores, which the rules already keep busy (bench/HISTORY.md).
   */
  public static CheckResult run(
      StoreSpec data,
      List<Path> ruleDirs,
      Duration timeout,
      boolean validate,
      boolean everyStatement,
      Timings timings) {
    // The rules load while the data is read: both are mostly cold code on one thread. Jena must
    // be initialised before two threads use it: its classes initialise it, and two threads doing
    // so at once deadlock (JenaSystem.init does nothing the second time).
    JenaSystem.init();
    Future<List<Rule>> loading = Workers.inBackground("claimcheck-rules", () -> RuleLoader.load(ruleDirs));
    Instant deadline = Instant.now().plus(timeout);
    long start = System.nanoTime();
    Store opened;
    try {
      opened = data.openToReadAll();
    } catch (RuntimeException | Error e) {
      Workers.result(loading); // a broken rule is reported before broken data
      throw e;
    }
    timings.record("load", System.nanoTime() - start);
    start = System.nanoTime();
    List<Rule> rules;
    try {
      rules = Workers.result(loading);
    } catch (RuntimeException | Error e) {
      opened.close();
      throw e;
    }
    timings.record("rules", System.nanoTime() - start);
    Instant backstop = Instant.now().isAfter(deadline) ? Instant.now().plusSeconds(1) : deadline.plusSeconds(1);
    String overrun = opened.name() + ": the check did not stop at its time limit of " + timeout.toSeconds()
        + " s (a step Jena cannot interrupt, such as a runaway regular expression, was running); stopped"
        + " (raise it with --timeout SECONDS)";
    try (Watchdog.Guard guard = Watchdog.at(backstop, overrun); Store store = opened.until(deadline)) {
      if (validate) {
        refuseNonConforming(validate(store, timings));
      }
      return Checker.check(store, rules, timings, everyStatement);
    } catch (Checker.RuleCancelled e) {
      throw ClaimcheckException.timeout(
          e.rule().source() + ": rule '" + e.rule().id() + "' did not finish within the check's time"
              + " limit of " + timeout.toSeconds() + " s (raise it with --timeout SECONDS)");
    } catch (QueryCancelledException e) {
      throw ClaimcheckException.timeout(
          opened.name() + ": the check did not finish within its time limit of "
              + timeout.toSeconds() + " s (raise it with --timeout SECONDS)");
    }
  }

  private static ValidationResult validate(Store store, Timings timings) {
    long start = System.nanoTime();
    try {
      return FactValidator.validateUnlessRecorded(store);
    } finally {
      timings.record("validate", System.nanoTime() - start);
    }
  }

  private static void refuseNonConforming(ValidationResult validation) {
    if (!validation.conforms()) {
      throw ClaimcheckException.badInput(
          "the facts do not conform to the shapes (" + validation.violations().size()
              + " violations; run 'claimcheck validate' to see them all): "
              + validation.violations().stream()
                  .limit(VIOLATIONS_SHOWN)
                  .map(v -> v.focusNode() + " " + v.path() + ": " + v.message())
                  .collect(Collectors.joining("; ")));
    }
  }
}
