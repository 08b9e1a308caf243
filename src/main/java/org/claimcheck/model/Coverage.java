package org.claimcheck.model;

/**
 * What a check looked at, so that a check with no finding still says what it checked.
 *
 * @param statements how many statements the data holds
 * @param articles how many articles they come from
 * @param speakers how many speakers made them
 * @param draftsSkipped how many claims of the claims files read were drafts, left out
 */
public record Coverage(long statements, long articles, long speakers, long draftsSkipped) {}
