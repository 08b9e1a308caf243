/**
 * Running work side by side: a pool of daemon threads, one per core, for tasks that only read
 * shared data (rules, validation), and single background threads for work that overlaps the
 * caller's (indexing while parsing, starting Jena, loading the rules), with their results and
 * failures handed back as they were. Depends on {@code error} only.
 */
package org.claimcheck.work;
