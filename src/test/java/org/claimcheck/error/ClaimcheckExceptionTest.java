package org.claimcheck.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ClaimcheckExceptionTest {
  @Test
  void locationLeavesOutWhatIsUnknown() {
    Path file = Path.of("facts", "a.ttl");
    assertThat(ClaimcheckException.badInput(file, 3, 9, "bad").getMessage())
        .isEqualTo(file + ":3:9: bad");
    assertThat(ClaimcheckException.badInput(file, 3, -1, "bad").getMessage())
        .isEqualTo(file + ":3: bad");
    assertThat(ClaimcheckException.badInput(file, -1, -1, "bad").getMessage())
        .isEqualTo(file + ": bad");
  }

  @Test
  void interruptedRestoresTheFlag() {
    ClaimcheckException e = ClaimcheckException.interrupted("stopped", new InterruptedException());
    assertThat(e.kind()).isEqualTo(ClaimcheckException.Kind.INTERRUPTED);
    assertThat(Thread.interrupted()).isTrue();
  }
}
