package org.claimcheck.claimsjson;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * One JSON claims file as parsed, before any name or date is resolved. Absent fields are {@code
 * null} (or empty lists and maps); the importer says which are required.
 *
 * @param schema where an editor finds the JSON Schema of the format ({@code "$schema"}); not read
 * @param article the article the claims come from
 * @param eventTypes event types the bundled vocabulary lacks
 * @param sources where the claims were made (tweets, talks, reports), referred to by id
 * @param actors actors the shared actors file does not know yet
 * @param places places the shared gazetteer does not know yet
 * @param claims the claims, one per assertion
 */
public record ClaimsFile(
    @JsonProperty("$schema") String schema,
    Article article,
    List<NewEventType> eventTypes,
    List<Source> sources,
    List<NewActor> actors,
    List<NewPlace> places,
    List<Claim> claims) {

  /** Null lists become empty. */
  public ClaimsFile {
    eventTypes = orEmpty(eventTypes);
    sources = orEmpty(sources);
    actors = orEmpty(actors);
    places = orEmpty(places);
    claims = orEmpty(claims);
  }

  /**
   * The article.
   *
   * @param id the last segment of the article's IRI ({@code .../id/article/ID})
   * @param title the title by language tag
   * @param published the publication date, {@code YYYY-MM-DD}
   * @param language the language tag of the text and of every quote
   * @param text the full text, unless {@code textFile} is given
   * @param textFile the path of the text, relative to the JSON file
   * @param outlet the outlet that published it, a name (optional)
   * @param url where it was published (optional)
   */
  public record Article(
      String id,
      Map<String, String> title,
      String published,
      String language,
      String text,
      String textFile,
      String outlet,
      String url) {
    /** Null maps become empty. */
    public Article {
      title = title == null ? Map.of() : title;
    }
  }

  /**
   * An event type declared by the file.
   *
   * @param id the last segment of its IRI in the event-type namespace
   * @param label the label by language tag
   * @param aliases other wordings by language tag
   * @param comment what it means, in English
   * @param broader the types it is narrower than (and so entails), names of event types
   * @param entails other types it entails, names
   * @param opposes types it cannot hold together with, names (stated both ways)
   * @param closeMatch IRIs of matching terms of other vocabularies (PLOVER, CAMEO)
   */
  public record NewEventType(
      String id,
      Map<String, String> label,
      Map<String, List<String>> aliases,
      String comment,
      @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> broader,
      @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> entails,
      @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> opposes,
      @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> closeMatch) {
    /** Null lists and maps become empty. */
    public NewEventType {
      label = label == null ? Map.of() : label;
      aliases = aliases == null ? Map.of() : aliases;
      broader = orEmpty(broader);
      entails = orEmpty(entails);
      opposes = orEmpty(opposes);
      closeMatch = orEmpty(closeMatch);
    }
  }

  /**
   * A source of claims.
   *
   * @param id its id, unique in the file; the IRI is the article IRI, {@code #}, the id
   * @param kind a subclass of {@code cc:Source} by name ({@code tweet}, {@code media report}, ...)
   * @param title an English title
   * @param publishedBy who published it, names of actors
   * @param venue who hosted it, a name of an actor
   * @param place where it took place, a name of a place
   */
  public record Source(
      String id,
      String kind,
      String title,
      @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> publishedBy,
      String venue,
      String place) {
    /** Null lists become empty. */
    public Source {
      publishedBy = orEmpty(publishedBy);
    }
  }

  /**
   * An actor declared by the file.
   *
   * @param id the last segment of its IRI in the actor namespace
   * @param kind a subclass of {@code cc:Actor} by name ({@code person}, {@code armed force}, ...)
   * @param label the label by language tag
   * @param aliases other spellings by language tag
   * @param partOf the organisations it is part of, names of actors
   * @param spokespersonOf the organisation it is a spokesperson of, a name
   * @param commanderOf the force it commands, a name
   * @param speaksFor the organisation it speaks for in another capacity (a minister's government),
   *     a name
   */
  public record NewActor(
      String id,
      String kind,
      Map<String, String> label,
      Map<String, List<String>> aliases,
      @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> partOf,
      String spokespersonOf,
      String commanderOf,
      String speaksFor) {
    /** Null lists and maps become empty. */
    public NewActor {
      label = label == null ? Map.of() : label;
      aliases = aliases == null ? Map.of() : aliases;
      partOf = orEmpty(partOf);
    }
  }

  /**
   * A place declared by the file.
   *
   * @param id the last segment of its IRI in the place namespace
   * @param kind a subclass of {@code cc:Place} by name ({@code city}, {@code locality}, ...)
   * @param label the label by language tag
   * @param aliases other spellings by language tag
   * @param within the places it lies directly within, names of places
   * @param near the places it lies close to but outside (a border area's neighbour), names
   */
  public record NewPlace(
      String id,
      String kind,
      Map<String, String> label,
      Map<String, List<String>> aliases,
      @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> within,
      @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> near) {
    /** Null lists and maps become empty. */
    public NewPlace {
      label = label == null ? Map.of() : label;
      aliases = aliases == null ? Map.of() : aliases;
      within = orEmpty(within);
      near = orEmpty(near);
    }
  }

  /**
   * One claim: who affirmed or denied what, when and how surely.
   *
   * @param id the fragment of the assertion's IRI
   * @param speaker who made it, names of actors (several speakers each hold the stance)
   * @param role the capacity, a name of a {@code cc:Role}
   * @param onBehalfOf the side it speaks for, a name; by default the organisation the speaker
   *     speaks for, else the speaker
   * @param source the id of a source of this file
   * @param said when it was said, a date
   * @param polarity affirms, denies, neither confirms nor denies, or declines to comment
   * @param modality fact, intent, plan, prediction, commitment or conditional
   * @param condition the words of a conditional claim's condition
   * @param reports the id of the claim of this file that this one reports; it then has no polarity,
   *     modality or proposition of its own
   * @param draft work in progress: left out of the facts
   * @param proposition what is affirmed or denied
   * @param quote the verbatim words of the article
   * @param restatedAs other verbatim words of the article that repeat it
   * @param gloss an English rendering of the quote
   */
  public record Claim(
      String id,
      @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> speaker,
      String role,
      String onBehalfOf,
      String source,
      When said,
      String polarity,
      String modality,
      String condition,
      String reports,
      Boolean draft,
      Proposition proposition,
      String quote,
      @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> restatedAs,
      String gloss) {
    /** Null lists become empty. */
    public Claim {
      speaker = orEmpty(speaker);
      restatedAs = orEmpty(restatedAs);
    }
  }

  /**
   * What a claim is about.
   *
   * @param agent who does it or is in the state, names of actors
   * @param eventType the kind of event, a name of a {@code cc:EventType}
   * @param location where, names of places
   * @param object other actors it is done with or for (a partner, a recipient)
   * @param target who or what it is directed against, names of actors or places
   * @param host the state on whose territory it happens, a name of an actor
   * @param about the id of a source of this file that it is about (a document, a report)
   * @param time the time it is about, a date
   * @param quantity a count, if the claim states one
   */
  public record Proposition(
      @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> agent,
      String eventType,
      @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> location,
      @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> object,
      @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> target,
      String host,
      String about,
      When time,
      String recurring,
      Quantity quantity) {
    /** Null lists become empty. */
    public Proposition {
      agent = orEmpty(agent);
      location = orEmpty(location);
      object = orEmpty(object);
      target = orEmpty(target);
    }
  }

  /**
   * A count: a number with its exactness (or a bound: more than, at least, fewer than, at most), a
   * range, or parts that add up to it.
   *
   * @param count how many, a non-negative whole number
   * @param unit what is counted, a name of a {@code cc:Unit}
   * @param exactness how exact, a name of a {@code cc:Exactness}, or a bound: {@code more than},
   *     {@code at least}, {@code fewer than}, {@code at most} ({@code up to})
   * @param range the lowest and the highest count ("from 2,000 to 2,500")
   * @param measures {@code level} (how many there are; the default) or {@code change}
   * @param label what this part is ("core", "temporary"), for a part
   * @param parts counts that make up this one; without a count, the whole is their sum
   */
  public record Quantity(
      Long count,
      String unit,
      String exactness,
      List<Long> range,
      String measures,
      String label,
      List<Quantity> parts) {
    /** Null lists become empty. */
    public Quantity {
      range = range == null ? null : List.copyOf(range);
      parts = orEmpty(parts);
    }
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : List.copyOf(list);
  }
}
