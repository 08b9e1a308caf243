/**
 * Synthetic claims graphs for the benchmark and the scale tests, kept out of the product jar:
 * {@link org.claimcheck.generate.ClaimsGenerator} writes N-Triples that conform to the bundled
 * shapes, with a known set of planted contradictions (one kind per bundled rule) and near misses,
 * and an expectation file listing them; {@link org.claimcheck.generate.Generate} is its command
 * line.
 */
package org.claimcheck.generate;
