package org.claimcheck.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8Test {
  @Test
  void decodesArabicText() {
    assertThat(Utf8.decode("a.rq", "عين ديوار".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo("عين ديوار");
  }

  @Test
  void refusesABadByteAndSaysWhere() {
    byte[] bytes = {'a', 'b', (byte) 0xC3, '(', 'c'};

    assertThatThrownBy(() -> Utf8.decode("q.rq", bytes))
        .isInstanceOf(ClaimcheckException.class)
        .hasMessage("q.rq: not valid UTF-8 at byte offset 2");
  }
}
