package org.claimcheck.model;

import java.time.LocalDate;

/**
 * A news article whose statements are modeled.
 *
 * @param iri the article's IRI
 * @param title its English title, or the original one when there is none in English
 * @param originalTitle its title in its own language, or {@code ""}
 * @param language its language (BCP 47 tag)
 * @param published the day it was published
 * @param publisher the label of the outlet that published it, or {@code ""} when not modeled
 */
public record Article(
    String iri,
    String title,
    String originalTitle,
    String language,
    LocalDate published,
    String publisher) {}
