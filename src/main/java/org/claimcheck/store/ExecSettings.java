package org.claimcheck.store;

import java.time.Duration;
import java.util.Optional;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;

/**
 * How one query runs: the variables bound in advance (applied by Jena's syntactic substitution,
 * never by editing the query text), an optional time limit, and whether {@code SERVICE} may call
 * other hosts.
 */
public record ExecSettings(Binding substitution, Optional<Duration> timeout, boolean allowService) {
  /** What rules and claimcheck's own queries run with: nothing bound, no limit, no SERVICE. */
  public static final ExecSettings DEFAULT =
      new ExecSettings(BindingFactory.empty(), Optional.empty(), false);
}
