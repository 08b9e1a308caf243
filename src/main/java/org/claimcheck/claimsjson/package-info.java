/**
 * The JSON claims format: an article and its claims written by an analyst in plain JSON, turned
 * into RDF in the ontology's terms, exactly as the Turtle facts model an article.
 *
 * <p>The facade is {@link org.claimcheck.claimsjson.ClaimsImporter}: it reads one JSON file
 * strictly (unknown fields, duplicate keys, wrong types and deep nesting are errors), resolves the
 * names of actors, places, event types and the other concepts against a graph of known things
 * ({@link org.claimcheck.claimsjson.NameIndex}, with Arabic spelling variants folded by {@link
 * org.claimcheck.claimsjson.Folding}), resolves relative dates against the publication date ({@link
 * org.claimcheck.claimsjson.RelativeDates}), checks that every quote occurs verbatim in the article
 * text, and returns a Jena graph. Every failure is a BAD_INPUT {@link
 * org.claimcheck.error.ClaimcheckException} reading {@code file:line:col: /json/pointer: what was
 * expected}. {@link org.claimcheck.claimsjson.ClaimsSkeleton} writes the skeleton of a new file.
 *
 * <p>This package depends on {@code error}, {@code model}, {@code vocab}, Jena and Jackson only. It
 * does not read the facts directory itself: the caller ({@code store.ClaimsFiles}) hands it the
 * graph of known names, so {@code store} may depend on it without a cycle.
 */
package org.claimcheck.claimsjson;
