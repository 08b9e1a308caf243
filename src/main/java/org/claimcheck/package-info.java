/**
 * What claimcheck does, in one place: {@link org.claimcheck.Claimcheck} checks, reports, validates,
 * loads and queries, taking request records and returning result records. The command line calls it
 * once per command and prints what it returns; a program can do the same.
 *
 * <p>Depends on {@code rules}, {@code validate}, {@code query}, {@code store}, {@code model},
 * {@code work} and {@code error}; never on {@code cli} or {@code report} (what to output is the
 * caller's choice, made after the check).
 */
package org.claimcheck;
