package org.claimcheck.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.claimcheck.error.ClaimcheckException;
import org.junit.jupiter.api.Test;

/** The byte-level check agrees with the JDK's strict decoder on where UTF-8 goes wrong. */
class Utf8CheckingInputStreamTest {
  /** Bytes near the edges of the UTF-8 ranges, where a hand-written check goes wrong. */
  private static final int[] INTERESTING = {
    0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xEC,
    0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF
  };

  @Test
  void agreesWithTheJdkDecoderOnRandomBytes() throws IOException {
    Random random = new Random(8);
    for (int round = 0; round < 20_000; round++) {
      byte[] bytes = new byte[1 + random.nextInt(12)];
      for (int i = 0; i < bytes.length; i++) {
        bytes[i] = (byte) INTERESTING[random.nextInt(INTERESTING.length)];
      }
      // Read in small pieces too, so characters are split between reads.
      assertThat(check(bytes, 1 + random.nextInt(4)))
          .as("bytes %s", hex(bytes))
          .isEqualTo(jdk(bytes));
    }
  }

  @Test
  void passesValidTextInAnyPieces() throws IOException {
    byte[] bytes = "ASCII, عربي, 日本語, 😀 and € ".repeat(50).getBytes(StandardCharsets.UTF_8);
    for (int piece = 1; piece <= 7; piece++) {
      assertThat(check(bytes, piece)).isEqualTo("valid");
    }
  }

  private static String check(byte[] bytes, int piece) throws IOException {
    try (Utf8CheckingInputStream in =
        new Utf8CheckingInputStream("f", new ByteArrayInputStream(bytes))) {
      byte[] buffer = new byte[piece];
      while (in.read(buffer, 0, piece) >= 0) {
        // checked as read
      }
      return "valid";
    } catch (ClaimcheckException e) {
      return e.getMessage();
    }
  }

  /** What the former check, the JDK's decoder with malformed input reported, said. */
  private static String jdk(byte[] bytes) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length * 2 + 2);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      return String.format(
          "f: invalid UTF-8 at byte offset %d (byte 0x%02X)",
          in.position(), in.get(in.position()) & 0xFF);
    }
    return "valid";
  }

  private static String hex(byte[] bytes) {
    StringBuilder text = new StringBuilder();
    for (byte b : bytes) {
      text.append(String.format("%02X ", b & 0xFF));
    }
    return text.toString().trim();
  }
}
