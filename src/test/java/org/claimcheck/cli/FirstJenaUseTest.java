package org.claimcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.claimcheck.CheckRequest;
import org.claimcheck.Claimcheck;
import org.claimcheck.model.CheckResult;
import org.junit.jupiter.api.Test;

/**
 * A check called as a library, as the first use of Jena in its JVM: it loads its rules and reads
 * its data on two threads, and Jena initialises itself from the first class either touches, which
 * deadlocked when both did at once. Fresh JVMs, since a JVM initialises Jena once.
 */
class FirstJenaUseTest {
  /** Runs a check of the bundled facts and prints how many findings it found. */
  public static final class CheckAsTheFirstUse {
    public static void main(String[] args) {
      CheckResult result = Claimcheck.check(CheckRequest.of(List.of(Path.of("facts"))));
      System.out.print(result.findings().size());
    }
  }

  @Test
  void aCheckThatIsTheFirstUseOfJenaFinishes() throws Exception {
    for (int run = 0; run < 3; run++) {
      Process process = JavaProcess.builder(CheckAsTheFirstUse.class.getName(), List.of()).start();
      process.getOutputStream().close();
      boolean finished = process.waitFor(60, TimeUnit.SECONDS);
      if (!finished) {
        process.destroyForcibly();
      }
      assertThat(finished).as("the check finished within 60 s (run %d)", run).isTrue();
      assertThat(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
          .isEqualTo("7");
      assertThat(process.exitValue()).isZero();
    }
  }
}
