package org.claimcheck.claimsjson;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The JSON Schema of the claims format with a vocabulary written in: the closed kinds (event types,
 * roles, polarities, modalities, units, exactness, kinds of source, actor and place) as enums of
 * every form the vocabulary knows, each described by its term's label and comment, and the actors
 * and places as examples, so that an editor completes them and flags a wrong value.
 */
public final class ClaimsSchema {
  /** The bundled schema, which accepts any name; the written one adds the vocabulary to it. */
  public static final String RESOURCE = "/schema/claims.schema.json";

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** The schema's definitions that take the terms of a closed kind. */
  private static final Map<String, TermKind> ENUMS =
      Map.of(
          "eventType", TermKind.EVENT_TYPE,
          "role", TermKind.ROLE,
          "polarity", TermKind.POLARITY,
          "modality", TermKind.MODALITY,
          "unit", TermKind.UNIT,
          "exactness", TermKind.EXACTNESS,
          "sourceKind", TermKind.SOURCE_KIND,
          "actorKind", TermKind.ACTOR_KIND,
          "placeKind", TermKind.PLACE_KIND);

  /** The definitions that take examples only: files declare more of them as they go. */
  private static final Map<String, TermKind> EXAMPLES =
      Map.of("actor", TermKind.ACTOR, "place", TermKind.PLACE);

  private ClaimsSchema() {}

  /** The bundled schema with {@code vocabulary} written in, as indented JSON. */
  public static String write(Vocabulary vocabulary) {
    ObjectNode schema = bundled();
    schema.remove("$id"); // a written copy lives where the user puts it
    ObjectNode defs = (ObjectNode) schema.get("$defs");
    ENUMS.forEach(
        (def, kind) ->
            defs.set(def, closed((ObjectNode) defs.get(def), vocabulary.terms(kind), kind)));
    EXAMPLES.forEach(
        (def, kind) -> defs.set(def, open((ObjectNode) defs.get(def), vocabulary.terms(kind))));
    try {
      return JSON.writeValueAsString(schema) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The bundled schema, read afresh. */
  public static ObjectNode bundled() {
    try (InputStream in = ClaimsSchema.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "the bundled resource " + RESOURCE + " is missing from the jar");
      }
      return (ObjectNode) JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Every form of {@code terms} as an enum; VS Code's {@code enumDescriptions} gives each its
   * term's label and comment. Labels and ids come first, also lower-cased and capitalised (the
   * importer ignores case), then prefixed names and IRIs.
   */
  private static ObjectNode closed(ObjectNode bundled, List<Vocabulary.Term> terms, TermKind kind) {
    Map<String, String> described = new LinkedHashMap<>();
    for (Vocabulary.Term term : terms) {
      String description =
          term.name()
              + ": "
              + term.label()
              + (term.comment().isEmpty() ? "" : ". " + term.comment());
      for (String form : term.forms()) {
        if (!form.contains(":")) {
          for (String variant : List.of(form, form.toLowerCase(Locale.ROOT), capitalised(form))) {
            described.putIfAbsent(variant, description);
          }
        }
      }
      term.forms().stream()
          .filter(form -> form.contains(":"))
          .forEach(form -> described.putIfAbsent(form, description));
    }
    if (kind == TermKind.EXACTNESS) {
      for (String bound : Vocabulary.BOUNDS) {
        described.putIfAbsent(bound, "a bound: the count is " + bound + " the number given");
      }
    }
    ObjectNode def = JSON.createObjectNode();
    def.put("type", "string");
    def.set("description", bundled.get("description"));
    ArrayNode values = def.putArray("enum");
    ArrayNode descriptions = def.putArray("enumDescriptions");
    described.forEach(
        (form, description) -> {
          values.add(form);
          descriptions.add(description);
        });
    return def;
  }

  /** {@code bundled} with the names and labels of {@code terms} as examples. */
  private static ObjectNode open(ObjectNode bundled, List<Vocabulary.Term> terms) {
    ObjectNode def = bundled.deepCopy();
    ArrayNode examples = def.putArray("examples");
    terms.stream()
        .flatMap(
            term ->
                java.util.stream.Stream.concat(
                    java.util.stream.Stream.of(term.name()), term.labels().values().stream()))
        .distinct()
        .forEach(examples::add);
    return def;
  }

  private static String capitalised(String form) {
    return form.isEmpty()
        ? form
        : form.substring(0, 1).toUpperCase(Locale.ROOT) + form.substring(1);
  }
}
