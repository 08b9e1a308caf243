/**
 * Contradiction rules: loading and validating the SPARQL rule files (bundled under {@code
 * ontology/rules/} and the user's own), running them over a {@link org.claimcheck.store.Store}, and
 * turning their rows into explained {@link org.claimcheck.model.Finding}s. The facade is {@link
 * org.claimcheck.rules.Checker}. Depends on {@code store}, {@code sparql}, {@code io} (the bundled
 * rules), {@code claims}, {@code model}, {@code work} and {@code error}; never on {@code validate}
 * (the facade validates before it checks), {@code report} or {@code cli}.
 */
package org.claimcheck.rules;
