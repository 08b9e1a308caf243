package org.claimcheck.model;

/**
 * What a rule is, from its header.
 *
 * @param id unique, stable name (the file name without {@code .rq})
 * @param title one line
 * @param category the kind of conflict it finds
 * @param severity the severity of every finding it makes
 * @param description what it finds and why
 * @param source where it was read from (a file or a bundled resource)
 */
public record RuleInfo(
    String id,
    String title,
    Category category,
    Severity severity,
    String description,
    String source) {}
