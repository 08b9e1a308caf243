/**
 * Running work side by side: a pool of daemon threads, one per core, for tasks that only read
 * shared data (rules, validation), with their results and failures handed back as they were.
 * Depends on {@code error} only.
 */
package org.claimcheck.work;
