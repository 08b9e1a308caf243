package org.claimcheck;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sys.JenaSystem;
import org.claimcheck.error.ClaimcheckException;
import org.claimcheck.model.CheckResult;
import org.claimcheck.model.Report;
import org.claimcheck.query.QueryRequest;
import org.claimcheck.query.QueryRunner;
import org.claimcheck.rules.Checker;
import org.claimcheck.rules.Rule;
import org.claimcheck.rules.RuleLoader;
import org.claimcheck.rules.Timings;
import org.claimcheck.store.LoadResult;
import org.claimcheck.store.Store;
import org.claimcheck.store.StoreLoader;
import org.claimcheck.store.StoreSpec;
import org.claimcheck.validate.FactValidator;
import org.claimcheck.validate.ValidationResult;
import org.claimcheck.validate.ValidationRun;
import org.claimcheck.work.Watchdog;
import org.claimcheck.work.Workers;

/**
 * The operations of claimcheck, one call each: {@link #check}, {@link #report}, {@link #validate},
 * {@link #load} and {@link #query}. Failures are {@link ClaimcheckException}s.
 */
public final class Claimcheck {
  private static final int VIOLATIONS_SHOWN = 3;

  private Claimcheck() {}

  /**
   * Checks the data with the bundled rules and the request's own: load and validate the rules, read
   * the data, refuse data that breaks the shapes (a rule would silently skip it), run the rules.
   * The result holds the statements of the findings only.
   *
   * <p>Every query of the check (fetching the data from an endpoint, reading the statements, each
   * rule) must end within the request's timeout of its start; otherwise the check stops with a
   * TIMEOUT naming the rule that was running. Over an endpoint the data is fetched once for
   * validation and the rules run on the server. A TDB2 store that records the conformance of
   * exactly the content read is not validated again ({@link FactValidator#validateUnlessRecorded}).
   */
  public static CheckResult check(CheckRequest request) {
    return run(request, Checker::check);
  }

  /** As {@link #check}, with every statement and article of the data, as a report shows them. */
  public static Report report(CheckRequest request) {
    return run(request, Checker::report);
  }

  /**
   * Validates the data against the bundled shapes: fact files with the bundled ontology, or all of
   * a store.
   */
  public static ValidationRun validate(StoreSpec data) {
    return FactValidator.validate(data);
  }

  /** Loads the request's files into its store, all or nothing, with the bundled ontology. */
  public static LoadResult load(LoadRequest request) {
    return StoreLoader.load(
        request.target(), request.paths(), request.graph(), request.replace(), request.progress());
  }

  /**
   * Validates a store just loaded into, where it records its conformance (a TDB2 store that fits in
   * memory), so that its checks need not validate it again; empty for other stores. Separate from
   * {@link #load} so that a caller can say what was loaded before this runs.
   */
  public static Optional<ValidationResult> validateLoaded(StoreSpec target, LoadResult loaded) {
    if (!(target instanceof StoreSpec.Tdb2)) {
      return Optional.empty();
    }
    // A store the load created is validated from the load's own copy, not read back.
    return loaded.stored().isPresent()
        ? FactValidator.validateToRecord(loaded.stored().get())
        : FactValidator.validateToRecord(target);
  }

  /** Runs one read-only user query and writes its result in the format asked for. */
  public static QueryRunner.Output query(QueryRequest request) {
    return QueryRunner.run(request);
  }

  /** How the rules run over the opened data: {@link Checker#check} or {@link Checker#report}. */
  @FunctionalInterface
  private interface Rules<T> {
    T run(Store store, List<Rule> rules, Timings timings);
  }

  private static <T> T run(CheckRequest request, Rules<T> rulesRun) {
    // The rules load while the data is read: both are mostly cold code on one thread. Jena must
    // be initialised before two threads use it: its classes initialise it, and two threads doing
    // so at once deadlock (JenaSystem.init does nothing the second time).
    JenaSystem.init();
    Timings timings = request.timings();
    Future<List<Rule>> loading =
        Workers.inBackground("claimcheck-rules", () -> RuleLoader.load(request.ruleDirs()));
    Instant deadline = Instant.now().plus(request.timeout());
    long start = System.nanoTime();
    Store opened;
    try {
      opened = request.data().openToReadAll();
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
    long seconds = request.timeout().toSeconds();
    Instant backstop =
        Instant.now().isAfter(deadline) ? Instant.now().plusSeconds(1) : deadline.plusSeconds(1);
    String overrun =
        opened.name()
            + ": the check did not stop at its time limit of "
            + seconds
            + " s (a step Jena cannot interrupt, such as a runaway regular expression, was running); stopped"
            + " (raise it with --timeout SECONDS)";
    try (Watchdog.Guard guard = Watchdog.at(backstop, overrun);
        Store store = opened.until(deadline)) {
      // Validation runs first, alone: run beside the rules (both only read the data) it saved no
      // time on two cores, which the rules already keep busy (bench/HISTORY.md).
      if (request.validate()) {
        refuseNonConforming(validate(store, timings));
      }
      return rulesRun.run(store, rules, timings);
    } catch (Checker.RuleCancelled e) {
      throw ClaimcheckException.timeout(
          e.rule().source()
              + ": rule '"
              + e.rule().id()
              + "' did not finish within the check's time"
              + " limit of "
              + seconds
              + " s (raise it with --timeout SECONDS)");
    } catch (QueryCancelledException e) {
      throw ClaimcheckException.timeout(
          opened.name()
              + ": the check did not finish within its time limit of "
              + seconds
              + " s (raise it with --timeout SECONDS)");
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
          "the facts do not conform to the shapes ("
              + validation.violations().size()
              + " violations; run 'claimcheck validate' to see them all): "
              + validation.violations().stream()
                  .limit(VIOLATIONS_SHOWN)
                  .map(v -> v.focusNode() + " " + v.path() + ": " + v.message())
                  .collect(Collectors.joining("; ")));
    }
  }
}
