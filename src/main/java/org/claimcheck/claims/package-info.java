/**
 * Reading the modeled claims out of a {@link org.claimcheck.store.Store}: statements as {@link
 * org.claimcheck.model.Statement} records and the world knowledge (labels, containment, part-of,
 * entailment, opposition) that explanations walk. Depends on {@code store}, {@code model}, {@code
 * vocab}, {@code sparql} and {@code claimsjson} (the drafts a claims file left out); never on
 * {@code rules}, {@code report} or {@code cli}.
 */
package org.claimcheck.claims;
