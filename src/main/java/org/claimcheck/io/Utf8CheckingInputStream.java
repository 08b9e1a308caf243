package org.claimcheck.io;

import static org.claimcheck.error.ClaimcheckException.badInput;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * Passes bytes on unchanged while checking, as they go by, that they are UTF-8: the first byte that
 * is not (or a sequence cut off by the end of the input) is a BAD_INPUT {@link
 * org.claimcheck.error.ClaimcheckException} naming the source and the offset of the sequence's
 * first byte. Nothing is kept but the state of a character split between two reads, so any size can
 * be checked.
 *
 * <p>The check is a byte-level state machine (RFC 3629: no overlong forms, no surrogates, nothing
 * above U+10FFFF), not a decoder: the parser decodes the text anyway, and decoding it twice cost
 * about a sixth of loading 1M triples.
 */
final class Utf8CheckingInputStream extends FilterInputStream {
  private final String source;
  private long offset; // of the next byte to check
  private int needed; // continuation bytes still expected
  private int lower = 0x80; // bounds of the next continuation byte
  private int upper = 0xBF;
  private long leadOffset; // of the first byte of the character being checked
  private int lead;
  private boolean ended;

  Utf8CheckingInputStream(String source, InputStream in) {
    super(in);
    this.source = source;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = super.read(b, off, len);
    if (n < 0) {
      end();
    } else {
      check(b, off, n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    byte[] buffer = new byte[(int) Math.min(n, 8192)];
    int read = read(buffer, 0, buffer.length);
    return Math.max(read, 0);
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  /** Reads to the end, so bytes a parser left unread are checked too. */
  void checkRest() throws IOException {
    byte[] buffer = new byte[65536];
    while (read(buffer, 0, buffer.length) >= 0) {
      // checked as read
    }
  }

  private void check(byte[] b, int off, int len) {
    if (ended) {
      return;
    }
    int end = off + len;
    int i = off;
    while (i < end) {
      if (needed == 0) {
        // ASCII, the bulk of N-Triples, goes through without a branch per case.
        while (i < end && b[i] >= 0) {
          i++;
        }
        if (i == end) {
          break;
        }
        start(b[i] & 0xFF, offset + (i - off));
      } else {
        int c = b[i] & 0xFF;
        if (c < lower || c > upper) {
          fail(leadOffset, lead);
        }
        lower = 0x80;
        upper = 0xBF;
        needed--;
      }
      i++;
    }
    offset += len;
  }

  /** Byte {@code c} at {@code at} starts a character of two to four bytes, or is invalid. */
  private void start(int c, long at) {
    leadOffset = at;
    lead = c;
    if (c >= 0xC2 && c <= 0xDF) {
      needed = 1;
    } else if (c >= 0xE0 && c <= 0xEF) {
      needed = 2;
      lower = c == 0xE0 ? 0xA0 : 0x80; // no overlong form
      upper = c == 0xED ? 0x9F : 0xBF; // no surrogate
    } else if (c >= 0xF0 && c <= 0xF4) {
      needed = 3;
      lower = c == 0xF0 ? 0x90 : 0x80; // no overlong form
      upper = c == 0xF4 ? 0x8F : 0xBF; // nothing above U+10FFFF
    } else {
      fail(at, c);
    }
  }

  private void end() {
    if (ended) {
      return;
    }
    ended = true;
    if (needed > 0) {
      fail(leadOffset, lead); // cut off by the end of the input
    }
  }

  private void fail(long at, int c) {
    throw badInput(
        source,
        -1,
        -1,
        String.format(Locale.ROOT, "invalid UTF-8 at byte offset %d (byte 0x%02X)", at, c));
  }
}
