/**
 * Synthetic claims graphs for benchmarks and scale tests: {@link
 * org.claimcheck.generate.ClaimsGenerator} writes N-Triples that conform to the bundled shapes,
 * with a known set of planted contradictions (one kind per bundled rule) and near misses, and an
 * expectation file listing them. Depends on Java only; never on {@code rules}, {@code store} or
 * {@code cli}.
 */
package org.claimcheck.generate;
