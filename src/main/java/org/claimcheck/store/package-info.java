/**
 * Where the data lives and how it gets there: expanding paths into RDF files, parsing them
 * strictly (every parser warning is an error reported as {@code file:line:col}), JSON claims files
 * ({@link org.claimcheck.store.ClaimsFiles}, imported by {@code claimsjson}), the ontology and
 * shapes bundled in the jar, and the three stores behind {@link org.claimcheck.store.Store}: in
 * memory, a TDB2 directory and a remote SPARQL 1.1 endpoint ({@link
 * org.claimcheck.store.StoreSpec} names one), with {@link org.claimcheck.store.StoreLoader} to
 * load the last two all or nothing, and the record a TDB2 directory keeps of its data's
 * conformance to the shapes ({@link org.claimcheck.store.ConformanceRecord}; validating is
 * {@code validate}'s).
 *
 * <p>The public facades are {@link org.claimcheck.store.RdfLoader}, {@link
 * org.claimcheck.store.StoreSpec} and {@link org.claimcheck.store.StoreLoader}; {@link
 * org.claimcheck.store.BundledResources} gives the bundled graphs. Failures are {@link
 * org.claimcheck.error.ClaimcheckException}s. This package depends on {@code error}, {@code claimsjson}, {@code work} and Jena only;
 * it must not depend on {@code cli}, {@code validate} or any reporting code.
 */
package org.claimcheck.store;
