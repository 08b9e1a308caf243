package org.claimcheck.store;

import static org.claimcheck.error.ClaimcheckException.badInput;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Passes bytes on unchanged while checking, as they go by, that they are UTF-8: the first byte
 * that is not (or a sequence cut off by the end of the input) is a BAD_INPUT {@link
 * org.claimcheck.error.ClaimcheckException} naming the source and the byte's offset. Nothing is
 * kept but the few bytes of a character split between two reads, so any size can be checked.
 */
final class Utf8CheckingInputStream extends FilterInputStream {
  private final String source;
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final CharBuffer scratch = CharBuffer.allocate(8192);
  private ByteBuffer pending = ByteBuffer.allocate(0);
  private long offset; // of the first byte in pending
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
      check(new byte[0], 0, 0, true);
    } else {
      check(b, off, n, false);
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

  private void check(byte[] b, int off, int len, boolean end) {
    if (ended) {
      return;
    }
    ByteBuffer in = ByteBuffer.allocate(pending.remaining() + len);
    in.put(pending).put(b, off, len).flip();
    while (true) {
      scratch.clear();
      CoderResult result = decoder.decode(in, scratch, end);
      if (result.isError()) {
        long at = offset + in.position();
        throw badInput(source, -1, -1,
            String.format("invalid UTF-8 at byte offset %d (byte 0x%02X)", at, in.get(in.position()) & 0xFF));
      }
      if (result.isUnderflow()) {
        break;
      }
    }
    if (end) {
      ended = true;
      scratch.clear();
      if (decoder.flush(scratch).isError()) {
        throw badInput(source, -1, -1, "invalid UTF-8 at byte offset " + (offset + in.position()));
      }
    }
    offset += in.position();
    pending = in.slice();
  }
}
