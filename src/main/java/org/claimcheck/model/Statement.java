package org.claimcheck.model;

import java.util.List;
import java.util.Optional;

/**
 * One modeled assertion, with every term resolved to a human-readable label.
 *
 * @param iri the assertion's IRI
 * @param article the IRI of the article that reports it
 * @param speaker who said it (several speakers joined with "and")
 * @param role in which capacity ("spokesperson")
 * @param side the organisation it speaks for
 * @param sideIri the IRI of that organisation
 * @param source what kind of source ("tweet", "media report")
 * @param sourceTitle a description of the particular source
 * @param official whether the role speaks for a party ({@code cc:official} of the role in the
 *     ontology): false for reporters, analysts, witnesses, unnamed sources, the article's voice
 * @param stated the days on which it was said
 * @param polarity affirms or denies
 * @param modality fact, intent, plan, prediction or commitment
 * @param eventType what kind of event the proposition is about
 * @param agents who does it
 * @param places where
 * @param holds the time the proposition is about
 * @param quantity a count, if it states one
 * @param quote the verbatim words of the article
 * @param language the quote's language tag
 * @param restatements other verbatim words of the article repeating it
 * @param gloss an English rendering
 * @param reports the IRI of the statement this one reports, when its polarity is {@link
 *     Polarity#REPORTS}
 * @param condition the words of the condition of a conditional statement
 */
public record Statement(
    String iri,
    String article,
    String speaker,
    String role,
    String side,
    String sideIri,
    String source,
    String sourceTitle,
    boolean official,
    DateRange stated,
    Polarity polarity,
    Modality modality,
    String eventType,
    List<String> agents,
    List<String> places,
    DateRange holds,
    Optional<Quantity> quantity,
    String quote,
    String language,
    List<String> restatements,
    String gloss,
    Optional<String> reports,
    Optional<String> condition) {
  /** Copies the lists. */
  public Statement {
    agents = List.copyOf(agents);
    places = List.copyOf(places);
    restatements = List.copyOf(restatements);
  }

  /** "affirms (fact): sending additional troops — coalition, in Syria, 2021-02-16..2021-02-22". */
  public String summary() {
    return polarity.id()
        + " ("
        + modality.id()
        + condition.map(c -> " " + c).orElse("")
        + "): "
        + eventType
        + quantity.map(q -> " " + q).orElse("")
        + " — "
        + String.join(", ", agents)
        + ", in "
        + String.join(", ", places)
        + ", "
        + holds;
  }
}
