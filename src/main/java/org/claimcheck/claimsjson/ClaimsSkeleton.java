package org.claimcheck.claimsjson;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The skeleton of a claims file for a new article, for an analyst to fill in: the {@code
 * "$schema"}, the article (its text in a file beside the JSON), its outlet, a source for the
 * article's own text, empty {@code eventTypes}, {@code actors} and {@code places} to declare what
 * the bundled world lacks, and one example claim that writes every field of a claim and of its
 * proposition, marked {@code "draft": true}.
 *
 * <p>The example's concepts (role, stance, modality, event type, unit, exactness, measure) are real
 * names of the vocabulary; its actors and places are placeholders that name nothing, and its quote
 * and restatement cannot occur in an article. So {@code validate} lists exactly what the analyst
 * still has to fill in, as the draft's gaps, and the example can never pass for a claim of the
 * article: removing its {@code "draft"} without filling it in is an error.
 */
public final class ClaimsSkeleton {
  /** The {@code $id} of the claims schema ({@code schema/claims.schema.json}). */
  public static final String SCHEMA = "https://w3id.org/claimcheck/schema/claims.schema.json";

  /** The id of the source that stands for the article's own text. */
  public static final String ARTICLE_SOURCE = "article-text";

  /** The id of the example claim. */
  public static final String EXAMPLE_CLAIM = "example";

  /** The longest slug an article id is made with, in characters. */
  private static final int SLUG_LENGTH = 60;

  private static final ObjectMapper JSON = new ObjectMapper();

  private ClaimsSkeleton() {}

  /** The languages an article may be written in: those whose spelling variants claimcheck folds. */
  public enum Language {
    AR,
    EN;

    /** The language tag, {@code ar} or {@code en}. */
    public String tag() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * What the analyst knows of a new article.
   *
   * @param url where it was published, an absolute http or https URL
   * @param published its publication date
   * @param outlet the outlet that published it, a name
   * @param language the language of its text
   * @param title its title, or {@code null} for a placeholder to replace
   */
  public record NewArticle(
      URI url, LocalDate published, String outlet, Language language, String title) {
    /** Refuses a URL that is not http(s) with a host, and a blank outlet or title. */
    public NewArticle {
      if (url == null
          || url.getScheme() == null
          || !url.getScheme().matches("(?i)https?")
          || url.getHost() == null
          || url.toString().matches(".*\\s.*")) {
        throw new IllegalArgumentException("not an http or https URL: " + url);
      }
      if (published == null || language == null || outlet == null || outlet.isBlank()) {
        throw new IllegalArgumentException(
            "the publication date, language and outlet are required");
      }
      if (title != null && title.isBlank()) {
        throw new IllegalArgumentException("a title is not blank");
      }
    }
  }

  /**
   * The article's id: its publication date and a slug of its title ({@code
   * 2021-02-22-coalition-denies-extra-troops}), else of the last segment of its URL's path (without
   * an extension such as {@code .html}), else {@code article}. A slug keeps the Latin letters
   * (marks dropped) and digits, in lower case, words joined by hyphens, at most 60 characters of
   * whole words; an Arabic title gives none.
   */
  public static String articleId(NewArticle article) {
    String slug = article.title() == null ? "" : slug(article.title());
    if (slug.isEmpty() && article.url().getPath() != null) {
      String[] segments = article.url().getPath().split("/");
      for (int i = segments.length - 1; i >= 0 && slug.isEmpty(); i--) {
        slug = slug(segments[i].replaceFirst("\\.[A-Za-z]{2,5}$", ""));
      }
    }
    return article.published() + "-" + (slug.isEmpty() ? "article" : slug);
  }

  /**
   * The skeleton as JSON text, two-space indented, ending in a newline.
   *
   * @param textFile the path of the article text relative to the JSON file
   */
  public static String json(NewArticle article, String textFile) {
    return json(article, textFile, SCHEMA);
  }

  /** As {@link #json(NewArticle, String)}, its {@code "$schema"} naming {@code schema}. */
  public static String json(NewArticle article, String textFile, String schema) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode root = f.objectNode();
    root.put("$schema", schema);

    ObjectNode a = root.putObject("article");
    a.put("id", articleId(article));
    a.putObject("title")
        .put(
            article.language().tag(),
            article.title() != null ? article.title() : "(the title of the article, as published)");
    a.put("published", article.published().toString());
    a.put("language", article.language().tag());
    a.put("outlet", article.outlet());
    a.put("url", article.url().toString());
    a.put("textFile", textFile);

    root.putArray("eventTypes");
    ObjectNode source = root.putArray("sources").addObject();
    source.put("id", ARTICLE_SOURCE);
    source.put("kind", "article text");
    source.put("title", "The article itself");
    source.put("publishedBy", article.outlet());
    root.putArray("actors");
    root.putArray("places");

    ObjectNode claim = root.putArray("claims").addObject();
    claim.put("id", EXAMPLE_CLAIM);
    claim.put("draft", true);
    claim.put("speaker", "WHO SAID IT");
    claim.put("role", "spokesperson");
    claim.put("onBehalfOf", "WHOM THEY SPEAK FOR");
    claim.put("source", ARTICLE_SOURCE);
    claim.put("said", "yesterday");
    claim.put("polarity", "affirms");
    claim.put("modality", "fact");
    ObjectNode proposition = claim.putObject("proposition");
    proposition.put("agent", "WHO DID IT");
    proposition.put("eventType", "deployment");
    proposition.put("location", "WHERE IT HAPPENED");
    proposition.put("object", "WITH WHOM");
    proposition.put("target", "AGAINST WHOM");
    proposition.put("host", "ON WHOSE TERRITORY");
    proposition.put("time", "last week");
    ObjectNode quantity = proposition.putObject("quantity");
    quantity.put("count", 1000);
    quantity.put("unit", "soldiers");
    quantity.put("exactness", "approximate");
    quantity.put("measures", "change");
    claim.put("quote", "THE SPEAKER'S WORDS, COPIED FROM THE ARTICLE TEXT");
    ArrayNode restated = claim.putArray("restatedAs");
    restated.add("OTHER WORDS OF THE ARTICLE THAT REPEAT THE CLAIM");
    claim.put("gloss", "The quote in English.");

    try {
      return JSON.writer(printer()).writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of strings always serialises", e);
    }
  }

  /** Two spaces, {@code "key": value} as the example files write it, {@code []} when empty. */
  private static DefaultPrettyPrinter printer() {
    Separators separators =
        Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withArrayEmptySeparator("")
            .withObjectEmptySeparator("");
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators);
    printer.indentObjectsWith(indenter);
    printer.indentArraysWith(indenter);
    return printer;
  }

  private static String slug(String text) {
    String latin =
        Normalizer.normalize(text, Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT);
    StringBuilder slug = new StringBuilder();
    for (String word : latin.split("[^a-z0-9]+")) {
      if (word.isEmpty()) {
        continue;
      }
      if (slug.length() > 0 && slug.length() + 1 + word.length() > SLUG_LENGTH) {
        break;
      }
      slug.append(slug.length() > 0 ? "-" : "").append(word);
    }
    return slug.length() > SLUG_LENGTH ? slug.substring(0, SLUG_LENGTH) : slug.toString();
  }
}
