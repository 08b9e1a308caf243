/**
 * Contradiction rules: loading and validating the SPARQL rule files (bundled under {@code
 * ontology/rules/} and the user's own), running them over a {@link org.claimcheck.store.Store},
 * and turning their rows into explained {@link org.claimcheck.model.Finding}s. The facade is
 * {@link org.claimcheck.rules.Checker}. Depends on {@code store}, {@code claims}, {@code model}, {@code work},
 * {@code error} and, for {@code FactCheck}, which validates the data before it checks it,
 * {@code validate}; never on {@code report} or {@code cli}.
 */
package org.claimcheck.rules;
