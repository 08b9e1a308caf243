package org.claimcheck.rules;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.claimcheck.claims.Knowledge;
import org.claimcheck.claims.StatementReader;
import org.claimcheck.error.ClaimcheckException;
import org.claimcheck.model.CheckResult;
import org.claimcheck.model.Finding;
import org.claimcheck.model.Report;
import org.claimcheck.model.RuleInfo;
import org.claimcheck.model.Severity;
import org.claimcheck.model.Statement;
import org.claimcheck.store.Store;
import org.claimcheck.work.Progress;
import org.claimcheck.work.Workers;

/**
 * Runs rules over a store and turns their rows into findings: one finding per pair of statements (a
 * rule's rows for the same pair, in either order, are merged; where several rules match one pair,
 * the strongest severity wins, then the earlier rule), each with a stable id and its reasoning
 * chain, sorted by severity, category, rule and statements.
 *
 * <p>A finding has its rule's severity, except that it is a tension when either statement's time is
 * open or not said (they may overlap, not certainly), or when the rule's row binds {@code
 * ?tensionBecause} (a literal saying why, added to the reasoning).
 */
public final class Checker {
  private static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::severity)
          .thenComparing(Finding::category)
          .thenComparing(f -> f.rule().id())
          .thenComparing(f -> f.a().iri())
          .thenComparing(f -> f.b().iri());

  private Checker() {}

  /** Runs {@code rules}, in order, over {@code store}. */
  public static CheckResult check(Store store, List<Rule> rules) {
    return check(store, rules, Timings.NONE);
  }

  /**
   * Runs {@code rules}, in order, over {@code store}, reporting each step's time to {@code
   * timings}. Only the statements the findings name are read; the others are counted.
   */
  public static CheckResult check(Store store, List<Rule> rules, Timings timings) {
    try (Workers pool = Workers.perCore()) {
      return run(store, rules, timings, false, pool).check();
    }
  }

  /**
   * As {@link #check(Store, List, Timings)}, and reads every statement and article of the store
   * beside the rules, for a report. The findings are the same.
   */
  public static Report report(Store store, List<Rule> rules, Timings timings) {
    try (Workers pool = Workers.perCore()) {
      return run(store, rules, timings, true, pool);
    }
  }

  private static Report run(
      Store store, List<Rule> rules, Timings timings, boolean everyStatement, Workers pool) {
    // Rules only read, so they run side by side, and beside the reading of the statements; their
    // findings are merged in rule order, so the result is the same as one after the other. One
    // thread per core.
    Map<String, Finding> byPair = new LinkedHashMap<>();
    long start = System.nanoTime();
    Future<Knowledge> knowing = pool.submit(() -> Knowledge.read(store));
    Future<Map<String, Statement>> reading =
        everyStatement
            ? pool.submit(() -> StatementReader.readAll(store, Workers.result(knowing)))
            : CompletableFuture.completedFuture(Map.of());
    List<Future<Map<String, Binding>>> runs = new ArrayList<>();
    AtomicInteger rulesDone = new AtomicInteger();
    Progress.update("running the rules", 0, rules.size(), "rules");
    for (Rule rule : rules) {
      runs.add(
          pool.submit(
              () -> {
                long ruleStart = System.nanoTime();
                try {
                  return rows(rule, store);
                } catch (QueryCancelledException e) {
                  throw new RuleCancelled(rule.info(), e);
                } finally {
                  timings.record("rule " + rule.info().id(), System.nanoTime() - ruleStart);
                  Progress.update(
                      "running the rules", rulesDone.incrementAndGet(), rules.size(), "rules");
                }
              }));
    }
    Knowledge knowledge = Workers.result(knowing);
    Map<String, Statement> every = Workers.result(reading);
    timings.record("statements", System.nanoTime() - start);
    List<Map<String, Binding>> rowsByRule = new ArrayList<>();
    for (Future<Map<String, Binding>> run : runs) {
      rowsByRule.add(Workers.result(run));
    }
    Set<String> named = named(rules, rowsByRule);
    Map<String, Statement> statements;
    if (everyStatement) {
      statements = new TreeMap<>(every);
      statements.keySet().retainAll(named);
    } else {
      start = System.nanoTime();
      statements = StatementReader.read(store, knowledge, named);
      timings.record("statements of findings", System.nanoTime() - start);
    }
    Explainer explainer = new Explainer(knowledge);
    for (int i = 0; i < rules.size(); i++) {
      for (Finding finding : findings(rules.get(i), rowsByRule.get(i), statements, explainer)) {
        byPair.merge(pairKey(finding.a().iri(), finding.b().iri()), finding, Checker::stronger);
      }
    }
    List<Finding> findings = new ArrayList<>(byPair.values());
    findings.sort(ORDER);
    CheckResult check =
        new CheckResult(
            findings,
            rules.stream().map(Rule::info).toList(),
            List.copyOf(statements.values()),
            StatementReader.coverage(store));
    return new Report(
        check,
        List.copyOf(every.values()),
        everyStatement ? StatementReader.readArticles(store, knowledge) : List.of());
  }

  /** The statements the rows of the rules name, as the pair or the earlier statement. */
  private static Set<String> named(List<Rule> rules, List<Map<String, Binding>> rowsByRule) {
    Set<String> iris = new TreeSet<>();
    for (int i = 0; i < rules.size(); i++) {
      for (Binding row : rowsByRule.get(i).values()) {
        iris.add(iri(rules.get(i), row, "a"));
        iris.add(iri(rules.get(i), row, "b"));
        Node earlier = row.get("earlier");
        if (earlier != null && earlier.isURI()) {
          iris.add(earlier.getURI());
        }
      }
    }
    return iris;
  }

  /** A rule's query was cancelled (it ran out of time); says which rule. */
  public static final class RuleCancelled extends QueryCancelledException {
    private static final long serialVersionUID = 1L;
    private final transient RuleInfo rule;

    RuleCancelled(RuleInfo rule, QueryCancelledException cause) {
      this.rule = rule;
      initCause(cause);
    }

    public RuleInfo rule() {
      return rule;
    }
  }

  private static Finding stronger(Finding earlier, Finding later) {
    return later.severity().compareTo(earlier.severity()) < 0 ? later : earlier;
  }

  /** The rule's rows, one per pair of statements. */
  private static Map<String, Binding> rows(Rule rule, Store store) {
    Map<String, Binding> rows = new LinkedHashMap<>();
    RowSetRewindable result = store.select(rule.query());
    while (result.hasNext()) {
      Binding row = result.next();
      String a = iri(rule, row, "a");
      String b = iri(rule, row, "b");
      // Symmetric rules give each pair twice; keep the row with the statements in IRI order.
      rows.merge(
          pairKey(a, b),
          row,
          (kept, other) -> a.compareTo(b) < 0 && !inOrder(rule, kept) ? other : kept);
    }
    return rows;
  }

  private static List<Finding> findings(
      Rule rule,
      Map<String, Binding> rows,
      Map<String, Statement> statements,
      Explainer explainer) {
    List<Finding> findings = new ArrayList<>();
    for (Binding row : rows.values()) {
      Statement a = statement(rule, statements, iri(rule, row, "a"));
      Statement b = statement(rule, statements, iri(rule, row, "b"));
      Explainer.Link link =
          new Explainer.Link(
              iri(rule, row, "typeA"),
              iri(rule, row, "typeB"),
              iri(rule, row, "agentA"),
              iri(rule, row, "agentB"),
              iri(rule, row, "placeA"),
              iri(rule, row, "placeB"),
              literal(row, "countA"),
              literal(row, "countB"),
              Optional.ofNullable(row.get("earlier"))
                  .map(n -> statement(rule, statements, n.getURI())),
              literal(row, "countEarlier"));
      List<String> reasoning =
          new ArrayList<>(explainer.explain(rule.info().category(), a, b, link));
      Optional<String> weaker = literal(row, "tensionBecause");
      weaker.ifPresent(
          reason -> reasoning.add(reason + ": a tension, not a certain contradiction"));
      boolean uncertain = weaker.isPresent() || !a.holds().closed() || !b.holds().closed();
      findings.add(
          new Finding(
              id(rule.info(), a.iri(), b.iri()),
              rule.info(),
              uncertain ? Severity.TENSION : rule.info().severity(),
              a,
              b,
              reasoning));
    }
    return findings;
  }

  private static boolean inOrder(Rule rule, Binding row) {
    return iri(rule, row, "a").compareTo(iri(rule, row, "b")) < 0;
  }

  private static Statement statement(Rule rule, Map<String, Statement> statements, String iri) {
    Statement statement = statements.get(iri);
    if (statement == null) {
      throw ClaimcheckException.badInput(
          rule.info().source()
              + ": the rule matched <"
              + iri
              + ">, which is not a complete cc:Assertion (run 'claimcheck validate')");
    }
    return statement;
  }

  private static String iri(Rule rule, Binding row, String var) {
    Node node = row.get(var);
    if (node == null || !node.isURI()) {
      throw ClaimcheckException.badInput(
          rule.info().source()
              + ": the rule bound ?"
              + var
              + " to "
              + (node == null ? "nothing" : node.toString())
              + ", not to an IRI");
    }
    return node.getURI();
  }

  private static Optional<String> literal(Binding row, String var) {
    Node node = row.get(var);
    return node != null && node.isLiteral()
        ? Optional.of(node.getLiteralLexicalForm())
        : Optional.empty();
  }

  private static String pairKey(String a, String b) {
    return a.compareTo(b) < 0 ? a + " " + b : b + " " + a;
  }

  /** The first 12 hex digits of SHA-256 over the rule id and the two statements' IRIs. */
  static String id(RuleInfo rule, String a, String b) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest((rule.id() + "\n" + a + "\n" + b).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK lacks SHA-256", e);
    }
  }
}
