package org.claimcheck.claimsjson;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The matching form of a name: Unicode NFKC, Latin case folded, white space collapsed, invisible
 * characters dropped, and the usual Arabic spelling variants folded together, so that a name
 * written either way finds the same entry.
 *
 * <p>Invisible: Unicode's default-ignorable characters in the Basic Multilingual Plane, such as the
 * right-to-left and left-to-right marks (U+200F, U+200E), which text pasted from Arabic pages often
 * holds, the joiners (U+200C, U+200D), bidi embeddings and isolates, the byte order mark (U+FEFF),
 * the soft hyphen and variation selectors.
 *
 * <p>Arabic folds: the alef forms أ إ آ ٱ to ا; hamza on waw and ya, ؤ ئ, to و ي; alef maqsura ى to
 * ي; ta marbuta ة to ه; tatweel ـ removed; harakat and other marks (U+064B–U+065F, U+0670) removed;
 * أميرك (America, American) to أمريك, the two spellings the press uses side by side.
 */
public final class Folding {
  private Folding() {}

  /** The folded form of {@code name}. */
  public static String fold(String name) {
    String text = Normalizer.normalize(name, Normalizer.Form.NFKC);
    StringBuilder out = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = out.length() > 0;
        continue;
      }
      char folded = ignorable(c) ? 0 : foldArabic(c);
      if (folded == 0) {
        continue;
      }
      if (space) {
        out.append(' ');
        space = false;
      }
      out.append(folded);
    }
    // The two spellings of America and American that the Arabic press uses side by side.
    String spelled = out.toString().replace("\u0645\u064A\u0631\u0643", "\u0645\u0631\u064A\u0643");
    // Case folding as Unicode's simple folding does it for Latin: upper, then lower.
    return spelled.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
  }

  /**
   * Whether {@code c} is a default-ignorable code point (Unicode's DerivedCoreProperties,
   * Default_Ignorable_Code_Point, in the Basic Multilingual Plane): drawn as nothing.
   */
  static boolean ignorable(char c) {
    return c == '\u00AD'
        || c == '\u034F'
        || c == '\u061C'
        || c == '\u115F'
        || c == '\u1160'
        || c == '\u17B4'
        || c == '\u17B5'
        || (c >= '\u180B' && c <= '\u180F')
        || (c >= '\u200B' && c <= '\u200F')
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2060' && c <= '\u206F')
        || c == '\u3164'
        || (c >= '\uFE00' && c <= '\uFE0F')
        || c == '\uFEFF'
        || c == '\uFFA0'
        || (c >= '\uFFF0' && c <= '\uFFF8');
  }

  /** The folded Arabic letter, {@code 0} for a character that is dropped. */
  private static char foldArabic(char c) {
    if ((c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '\u0640') {
      return 0;
    }
    return switch (c) {
      case '\u0623', '\u0625', '\u0622', '\u0671' -> '\u0627';
      case '\u0624' -> '\u0648';
      case '\u0626', '\u0649' -> '\u064A';
      case '\u0629' -> '\u0647';
      default -> c;
    };
  }

  /** The Levenshtein distance between two strings, by UTF-16 unit. */
  public static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] =
            Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
