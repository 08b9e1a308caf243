package org.claimcheck.claimsjson;

import java.util.Optional;

/**
 * Finds a quote in an article's text as a reader would: through the typographic variants (straight
 * and curly quotes and apostrophes, guillemets, dashes, spaces) and the Arabic spelling variants
 * that {@link Folding} folds (hamza and alef forms, alef maqsura, ta marbuta, tatweel, diacritics),
 * so that أمريكي in a quote matches أميركي in the text only where the letters agree once folded,
 * and a curly apostrophe matches a straight one.
 */
final class Quotes {
  private static final int SHOWN = 24;

  private Quotes() {}

  /**
   * Empty when {@code quote} occurs in {@code text}; otherwise where they part: the folded words
   * the quote shares with the text, and what follows in each.
   */
  static Optional<String> mismatch(String text, String quote) {
    String haystack = fold(text);
    String needle = fold(quote);
    if (haystack.contains(needle)) {
      return Optional.empty();
    }
    // The longest start of the quote that the text holds; containment shrinks with the length.
    int low = 0;
    int high = needle.length();
    while (low < high) {
      int mid = (low + high + 1) / 2;
      if (haystack.contains(needle.substring(0, mid))) {
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    if (low == 0) {
      return Optional.of(
          "not even its first letter \"" + needle.charAt(0) + "\" occurs in the text");
    }
    String shared = needle.substring(0, low);
    int at = haystack.indexOf(shared) + low;
    return Optional.of(
        "the text and the quote agree up to \""
            + tail(shared)
            + "\", then the quote has \""
            + head(needle.substring(low))
            + "\" where the text has \""
            + head(haystack.substring(at))
            + "\" (compared with spelling variants folded)");
  }

  /** {@link Folding#fold} with typographic variants made one. */
  static String fold(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      out.append(
          switch (c) {
            case '\u201C',
                '\u201D',
                '\u201E',
                '\u201F',
                '\u00AB',
                '\u00BB',
                '\u2033',
                '\u275D',
                '\u275E' ->
                '"';
            case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u2039', '\u203A', '\u02BC' ->
                '\'';
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
            default -> c;
          });
    }
    return Folding.fold(out.toString());
  }

  private static String tail(String s) {
    return s.length() <= SHOWN ? s : "…" + s.substring(s.length() - SHOWN);
  }

  private static String head(String s) {
    if (s.isEmpty()) {
      return "(the end)";
    }
    return s.length() <= SHOWN ? s : s.substring(0, SHOWN) + "…";
  }
}
