package org.claimcheck.sparql;

import java.util.concurrent.TimeUnit;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVisitor;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpOrder;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.expr.ExprVisitor;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.util.Context;

/** The execution context every claimcheck query runs with, and the check for SERVICE. */
public final class QuerySafety {
  private QuerySafety() {}

  /**
   * No {@code SERVICE} calls unless {@code settings} allow them (a rule or fact must never reach
   * another host), and no index-join strategy unless they ask for it: with it ARQ loops over every
   * pair of a rule's two sides instead of hash-joining them (docs/rules.md, "Two sides").
   */
  static Context context(ExecSettings settings) {
    Context context = ARQ.getContext().copy();
    context.set(ARQ.httpServiceAllowed, settings.allowService());
    context.set(ARQ.optIndexJoinStrategy, settings.indexJoin());
    return context;
  }

  /** Applies {@code settings} to a local execution. */
  public static QueryExecBuilder apply(QueryExecBuilder builder, ExecSettings settings) {
    builder.context(context(settings)).substitution(settings.substitution());
    settings.timeout().ifPresent(t -> builder.timeout(t.toMillis(), TimeUnit.MILLISECONDS));
    return builder;
  }

  /**
   * Whether {@code query} has a {@code SERVICE} clause anywhere (which would call another host):
   * its algebra is walked with every expression in it, so a {@code SERVICE} inside a sub-select,
   * {@code EXISTS} in a filter, a {@code BIND}, a projection, {@code ORDER BY} or {@code HAVING} is
   * found as well as one in the main pattern.
   */
  public static boolean usesService(Query query) {
    if (query.getQueryPattern() == null) {
      return false;
    }
    boolean[] found = {false};
    ExprVisitor expressions = new ExprVisitorBase();
    OpVisitor ops =
        new OpVisitorBase() {
          @Override
          public void visit(OpService op) {
            found[0] = true;
          }

          @Override
          public void visit(OpOrder op) {
            // Jena's walker leaves the sort conditions out.
            op.getConditions()
                .forEach(condition -> Walker.walk(condition.getExpression(), this, expressions));
          }
        };
    Walker.walk(Algebra.compile(query), ops, expressions);
    return found[0];
  }
}
