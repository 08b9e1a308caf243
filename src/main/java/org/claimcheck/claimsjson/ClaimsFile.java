package org.claimcheck.claimsjson;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.util.List;
import java.util.Map;

/**
 * One JSON claims file as parsed, before any name or date is resolved. Absent fields are {@code
 * null} (or empty lists and maps); the importer says which are required.
 *
 * @param article the article the claims come from
 * @param sources where the claims were made (tweets, talks, reports), referred to by id
 * @param actors actors the shared actors file does not know yet
 * @param places places the shared gazetteer does not know yet
 * @param claims the claims, one per assertion
 */
public record ClaimsFile(
    Article article,
    List<Source> sources,
    List<NewActor> actors,
    List<NewPlace> places,
    List<Claim> claims) {

  /** Null lists become empty. */
  public ClaimsFile {
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
   */
  public record NewActor(
      String id,
      String kind,
      Map<String, String> label,
      Map<String, List<String>> aliases,
      @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> partOf,
      String spokespersonOf,
      String commanderOf) {
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
   */
  public record NewPlace(
      String id,
      String kind,
      Map<String, String> label,
      Map<String, List<String>> aliases,
      @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> within) {
    /** Null lists and maps become empty. */
    public NewPlace {
      label = label == null ? Map.of() : label;
      aliases = aliases == null ? Map.of() : aliases;
      within = orEmpty(within);
    }
  }

  /**
   * One claim: who affirmed or denied what, when and how surely.
   *
   * @param id the fragment of the assertion's IRI
   * @param speaker who made it, a name of an actor
   * @param role the capacity, a name of a {@code cc:Role}
   * @param onBehalfOf the side it speaks for, a name; by default the organisation the speaker
   *     speaks for, else the speaker
   * @param source the id of a source of this file
   * @param said when it was said, a date
   * @param polarity affirms or denies
   * @param modality fact, intent, plan, prediction or commitment
   * @param proposition what is affirmed or denied
   * @param quote the verbatim words of the article
   * @param restatedAs other verbatim words of the article that repeat it
   * @param gloss an English rendering of the quote
   */
  public record Claim(
      String id,
      String speaker,
      String role,
      String onBehalfOf,
      String source,
      When said,
      String polarity,
      String modality,
      Proposition proposition,
      String quote,
      @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> restatedAs,
      String gloss) {
    /** Null lists become empty. */
    public Claim {
      restatedAs = orEmpty(restatedAs);
    }
  }

  /**
   * What a claim is about.
   *
   * @param agent who does it or is in the state, names of actors
   * @param eventType the kind of event, a name of a {@code cc:EventType}
   * @param location where, names of places
   * @param object other actors it is done to or with
   * @param time the time it is about, a date
   * @param quantity a count, if the claim states one
   */
  public record Proposition(
      @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> agent,
      String eventType,
      @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> location,
      @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> object,
      When time,
      Quantity quantity) {
    /** Null lists become empty. */
    public Proposition {
      agent = orEmpty(agent);
      location = orEmpty(location);
      object = orEmpty(object);
    }
  }

  /**
   * A count.
   *
   * @param count how many, a non-negative whole number
   * @param unit what is counted, a name of a {@code cc:Unit}
   * @param exactness how exact, a name of a {@code cc:Exactness}
   */
  public record Quantity(Long count, String unit, String exactness) {}

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : List.copyOf(list);
  }
}
