/**
 * User SPARQL over any store, read-only: parsing with the ontology's prefixes predeclared (errors
 * as {@code source:line:col}), refusing SPARQL Update and, unless allowed, {@code SERVICE}, binding
 * {@code --param} values through Jena's substitution, a time limit, and writing the result in a
 * standard format. The facade is {@link org.claimcheck.query.QueryRunner}. Depends on {@code
 * store}, {@code sparql} (parsing, settings), {@code io} (the bundled prefixes), {@code error},
 * {@code model} (how control characters are shown), {@code work} (the deadline) and Jena; never on
 * {@code cli} or {@code report}.
 */
package org.claimcheck.query;
