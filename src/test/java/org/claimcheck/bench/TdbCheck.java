package org.claimcheck.bench;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.tdb2.TDB2Factory;
import org.claimcheck.model.CheckResult;
import org.claimcheck.model.Finding;
import org.claimcheck.rules.Checker;
import org.claimcheck.rules.RuleLoader;
import org.claimcheck.store.InMemoryStore;

/**
 * Bench-only: runs the bundled rules over a TDB2 database loaded by {@link TdbLoad}, through the
 * same {@link Checker} as {@code claimcheck check}, and prints one line {@code rule a b} per
 * finding on stdout and the timings on stderr. No SHACL validation: the data was validated as
 * files. Usage: {@code TdbCheck DIR}.
 */
public final class TdbCheck {
  private TdbCheck() {}

  public static void main(String[] args) {
    JenaSystem.init();
    long start = System.nanoTime();
    PrintStream err = System.err;
    DatasetGraph dataset = TDB2Factory.connectDataset(args[0]).asDatasetGraph();
    CheckResult result;
    try (InMemoryStore store = new InMemoryStore(dataset)) {
      result =
          Checker.check(
              store,
              RuleLoader.load(List.of()),
              (step, nanos) -> err.printf(Locale.ROOT, "timing: %-28s %8d ms%n", step, nanos / 1_000_000));
    }
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    for (Finding f : result.findings()) {
      out.println(f.rule().id() + "\t" + f.a().iri() + "\t" + f.b().iri());
    }
    out.flush();
    err.printf(Locale.ROOT, "timing: %-28s %8d ms%n", "total", (System.nanoTime() - start) / 1_000_000);
  }
}
