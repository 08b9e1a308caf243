/**
 * How every SPARQL query is parsed and run, for rules, user queries and the stores alike: strict
 * parsing with {@code source:line:col} errors ({@link org.claimcheck.sparql.QueryText}), the
 * settings of one execution ({@link org.claimcheck.sparql.ExecSettings}: deadline, substitution,
 * whether {@code SERVICE} is allowed) and the context that enforces them ({@link
 * org.claimcheck.sparql.QuerySafety}, which also finds {@code SERVICE} anywhere in a query's
 * algebra). Depends on {@code error} and Jena only.
 */
package org.claimcheck.sparql;
