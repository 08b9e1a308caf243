/**
 * IRI constants of the claimcheck ontology. Depends on Jena's node API only; the ontology file
 * itself ({@code ontology/claimcheck.ttl}) is the reference for what each term means.
 */
package org.claimcheck.vocab;
