/**
 * Where the data lives: the three stores behind {@link org.claimcheck.store.Store} (in memory, a
 * TDB2 directory, a remote SPARQL 1.1 endpoint, named by {@link org.claimcheck.store.StoreSpec}),
 * each query's deadline ({@link org.claimcheck.store.DeadlineStore}), loading the last two all or
 * nothing ({@link org.claimcheck.store.StoreLoader}), the HTTP exchanges with an endpoint ({@link
 * org.claimcheck.store.EndpointHttp}), and TDB2's own concerns: repairing a journal left by a kill,
 * refusing a damaged store, and the record a store keeps of its data's conformance to the shapes
 * ({@link org.claimcheck.store.ConformanceRecord}; validating is {@code validate}'s).
 *
 * <p>Failures are {@link org.claimcheck.error.ClaimcheckException}s. This package depends on {@code
 * io} (reading files), {@code sparql} (query settings), {@code model} (how control characters are
 * shown), {@code error}, {@code claimsjson} (the reviews a load counts), {@code work} and Jena
 * only; it must not depend on {@code cli}, {@code validate} or any reporting code.
 */
package org.claimcheck.store;
