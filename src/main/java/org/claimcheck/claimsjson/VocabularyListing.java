package org.claimcheck.claimsjson;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The terms of a {@link Vocabulary} as {@code claimcheck vocabulary} prints them. */
public final class VocabularyListing {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private VocabularyListing() {}

  /**
   * The terms of {@code kinds} in {@code vocabulary} whose written forms hold {@code match}
   * (folded; all when empty), as text: a heading per kind, a line per term with its labels, its
   * aliases and its comment below.
   */
  public static String text(Vocabulary vocabulary, List<TermKind> kinds, String match) {
    StringBuilder out = new StringBuilder();
    for (TermKind kind : kinds) {
      List<Vocabulary.Term> terms = selected(vocabulary, kind, match);
      if (terms.isEmpty() && !match.isEmpty()) {
        continue;
      }
      if (!out.isEmpty()) {
        out.append('\n');
      }
      out.append(kind.id)
          .append(": ")
          .append(terms.size())
          .append(terms.size() == 1 ? " term" : " terms");
      if (!match.isEmpty()) {
        out.append(" matching \"").append(match).append('"');
      }
      out.append('\n');
      for (Vocabulary.Term term : terms) {
        out.append("  ")
            .append(term.name())
            .append("  ")
            .append(String.join(" | ", term.labels().values()))
            .append('\n');
        if (!term.aliases().isEmpty()) {
          out.append("      also: ")
              .append(
                  term.aliases().values().stream()
                      .map(a -> String.join(", ", a))
                      .collect(Collectors.joining(" | ")))
              .append('\n');
        }
        if (!term.comment().isEmpty()) {
          out.append("      ").append(term.comment().strip().replaceAll("\\s+", " ")).append('\n');
        }
      }
      if (kind == TermKind.EXACTNESS) {
        out.append("  a bound instead of an exactness: ")
            .append(String.join(", ", Vocabulary.BOUNDS))
            .append('\n');
      }
    }
    if (out.isEmpty()) {
      out.append("no term matches \"").append(match).append("\"\n");
    }
    return out.toString();
  }

  /** As {@link #text}, as JSON: {@code {"terms": [...], "bounds": [...]}}. */
  public static String json(Vocabulary vocabulary, List<TermKind> kinds, String match) {
    List<Map<String, Object>> terms =
        kinds.stream()
            .flatMap(kind -> selected(vocabulary, kind, match).stream())
            .map(VocabularyListing::asMap)
            .toList();
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("terms", terms);
    doc.put("bounds", Vocabulary.BOUNDS);
    try {
      return JSON.writeValueAsString(doc) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("maps of strings always serialise", e);
    }
  }

  private static List<Vocabulary.Term> selected(
      Vocabulary vocabulary, TermKind kind, String match) {
    return vocabulary.terms(kind).stream()
        .filter(t -> match.isEmpty() || t.matches(match))
        .toList();
  }

  private static Map<String, Object> asMap(Vocabulary.Term term) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("kind", term.kind().id);
    map.put("name", term.name());
    map.put("iri", term.iri());
    map.put("labels", term.labels());
    map.put("aliases", term.aliases());
    map.put("comment", term.comment());
    return map;
  }
}
