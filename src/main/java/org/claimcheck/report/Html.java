package org.claimcheck.report;

import org.claimcheck.model.Controls;

/**
 * Builds an HTML document. The one place where values become HTML: {@link #escape} escapes the five
 * markup characters and makes control characters visible ({@link Controls}); {@link #text} and
 * {@link #attr} go through it, and only fixed markup written in this package's code goes in through
 * {@link #raw}. Each value in text is isolated in a {@code <bdi>}, so its direction cannot reorder
 * the text around it.
 */
final class Html {
  private final StringBuilder out = new StringBuilder(1 << 16);

  /** {@code value} safe as HTML text and as a double- or single-quoted attribute value. */
  static String escape(String value) {
    return escape(value, false);
  }

  /**
   * The one escaping routine. In text ({@code inText}), a control character's escape is also
   * isolated left-to-right ({@code <span dir="ltr" class="ctl">}), so it reads the same inside
   * Arabic text; in an attribute it is the bare escape.
   */
  private static String escape(String value, boolean inText) {
    StringBuilder escaped = new StringBuilder(value.length() + 16);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Controls.isHidden(c)) {
        String code = Controls.visible(String.valueOf(c));
        escaped.append(inText ? "<span dir=\"ltr\" class=\"ctl\">" + code + "</span>" : code);
        continue;
      }
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }

  /** Appends fixed markup from this package's code; never a value from the data. */
  Html raw(String markup) {
    out.append(markup);
    return this;
  }

  /** Appends {@code value} as text, isolated in a {@code <bdi>}. */
  Html text(Object value) {
    out.append("<bdi>").append(escape(String.valueOf(value), true)).append("</bdi>");
    return this;
  }

  /** Appends {@code value} as text without isolation, for a value inside an isolating element. */
  Html plain(Object value) {
    out.append(escape(String.valueOf(value), true));
    return this;
  }

  /** Appends {@code name="value"}, with a leading space. */
  Html attr(String name, Object value) {
    out.append(' ').append(name).append("=\"").append(escape(String.valueOf(value))).append('"');
    return this;
  }

  /** Appends {@code <tag class="css">value</tag>}, the value isolated. */
  Html element(String tag, String css, Object value) {
    raw("<" + tag).attr("class", css).raw(">").text(value);
    return raw("</" + tag + ">");
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
