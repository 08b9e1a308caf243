package org.claimcheck.model;

import java.util.Locale;

/**
 * Makes invisible control characters visible, for the formats that people read (the reports, and
 * the table of {@code query}). A bidi control in the data (U+202A–U+202E, U+2066–U+2069, U+200E,
 * U+200F, U+061C) would otherwise reorder the text around it, and a C0 or C1 control would be
 * invisible or break the format; each is written as its escape, {@code \u202E}, so a reader sees
 * that the data holds it. Line feeds and tabs are kept; each format decides how to show them.
 * Joiners (U+200C, U+200D) are kept, since Arabic and Persian text needs them.
 */
public final class Controls {
  private Controls() {}

  /** {@code text} with each control character replaced by its escape, such as {@code \\u202E}. */
  public static String visible(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isHidden(c)) {
        if (out == null) {
          out = new StringBuilder(text.length() + 16).append(text, 0, i);
        }
        out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }

  public static boolean isHidden(char c) {
    if (c == '\n' || c == '\t') {
      return false;
    }
    return Character.getType(c) == Character.CONTROL
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069')
        || c == '\u200E'
        || c == '\u200F'
        || c == '\u061C';
  }
}
