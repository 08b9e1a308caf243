package org.claimcheck.error;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 decoding for text the user gives (rules, queries, claims, article texts): Java and
 * Jena would silently replace bytes that are not UTF-8; this refuses them and says where.
 */
public final class Utf8 {
  private Utf8() {}

  /**
   * {@code bytes} as text; otherwise a BAD_INPUT error {@code source: not valid UTF-8 at byte
   * offset N}.
   */
  public static String decode(String source, byte[] bytes) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      throw ClaimcheckException.badInput(
          source + ": not valid UTF-8 at byte offset " + in.position());
    }
    decoder.flush(out);
    return out.flip().toString();
  }
}
