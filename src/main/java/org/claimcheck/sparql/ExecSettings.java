package org.claimcheck.sparql;

import java.time.Duration;
import java.util.Optional;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;

/**
 * How one query runs: the variables bound in advance (applied by Jena's syntactic substitution,
 * never by editing the query text), an optional time limit, whether {@code SERVICE} may call other
 * hosts, and whether ARQ may use index joins (see {@link QuerySafety#context}).
 */
public record ExecSettings(
    Binding substitution, Optional<Duration> timeout, boolean allowService, boolean indexJoin) {
  /** What rules and claimcheck's own queries run with: nothing bound, no limit, no SERVICE. */
  public static final ExecSettings DEFAULT =
      new ExecSettings(BindingFactory.empty(), Optional.empty(), false, false);

  /**
   * For claimcheck's queries that start from a few inline values ({@code VALUES}): as {@link
   * #DEFAULT}, with index joins, so the values are looked up rather than the whole pattern matched
   * and hash-joined with them (at 1M triples, 0.09 s instead of 0.6 s for the statements of the
   * findings).
   */
  public static final ExecSettings LOOKUP =
      new ExecSettings(BindingFactory.empty(), Optional.empty(), false, true);

  /** These settings with {@code limit} as the time limit. */
  public ExecSettings withTimeout(Duration limit) {
    return new ExecSettings(substitution, Optional.of(limit), allowService, indexJoin);
  }
}
