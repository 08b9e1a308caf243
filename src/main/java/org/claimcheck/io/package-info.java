/**
 * Reading and writing files strictly: expanding paths into RDF and claims files ({@link
 * org.claimcheck.io.RdfFiles}), parsing every syntax with each parser warning an error reported as
 * {@code file:line:col} ({@link org.claimcheck.io.StrictParser}, with UTF-8 checked as it is read
 * and RDF/XML and JSON-LD kept from reaching out), JSON claims files ({@link
 * org.claimcheck.io.ClaimsFiles}, imported by {@code claimsjson}), the ontology and shapes bundled
 * in the jar ({@link org.claimcheck.io.BundledResources}), the positions of terms in their files
 * ({@link org.claimcheck.io.SourcePositions}), and the one rule for output files ({@link
 * org.claimcheck.io.OutputFile}: written aside and renamed into place, never through a link).
 *
 * <p>The facade is {@link org.claimcheck.io.RdfLoader}. Depends on {@code error}, {@code
 * claimsjson}, {@code work} and Jena only.
 */
package org.claimcheck.io;
