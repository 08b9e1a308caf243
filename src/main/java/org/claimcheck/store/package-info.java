/**
 * Reading RDF: expanding paths into RDF files, parsing them strictly (every parser warning is an
 * error reported as {@code file:line:col}), JSON claims files ({@link
 * org.claimcheck.store.ClaimsFiles}, imported by {@code claimsjson}), and the ontology and shapes
 * bundled in the jar.
 *
 * <p>The public facade is {@link org.claimcheck.store.RdfLoader}; {@link
 * org.claimcheck.store.BundledResources} gives the bundled graphs. Failures are {@link
 * org.claimcheck.error.ClaimcheckException}s. This package depends on {@code error}, {@code claimsjson} and Jena only;
 * it must not depend on {@code cli}, {@code validate} or any reporting code.
 */
package org.claimcheck.store;
