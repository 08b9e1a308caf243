package org.claimcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Library logging, through SLF4J and from java.util.logging, is silent unless --verbose, which
 * shows warnings (not information) on standard error. Each case runs in its own JVM, since logging
 * is set up once per process.
 */
class LoggingTest {
  /** Sets logging up as {@link Main#main} does for {@code args}, then logs as libraries do. */
  public static void main(String[] args) {
    Logging.configure(Logging.verbose(args));
    org.slf4j.LoggerFactory.getLogger("org.apache.jena.riot").warn("slf4j warning");
    org.slf4j.LoggerFactory.getLogger("org.apache.jena.riot").info("slf4j information");
    java.util.logging.Logger.getLogger("com.example.lib").warning("jul warning");
    java.util.logging.Logger.getLogger("com.example.lib").info("jul information");
  }

  private static String stderr(String... args) throws Exception {
    Process process = JavaProcess.builder(LoggingTest.class.getName(), List.of(args)).start();
    process.getOutputStream().close();
    String out = new String(process.getInputStream().readAllBytes());
    String err = new String(process.getErrorStream().readAllBytes());
    assertThat(process.waitFor()).as(err).isZero();
    assertThat(out).isEmpty();
    return err;
  }

  @Test
  void silentByDefaultAndWarningsWithVerbose() throws Exception {
    assertThat(stderr("check")).isEmpty();
    assertThat(stderr("--", "--verbose")).as("after --, --verbose is an argument").isEmpty();
    String verbose = stderr("check", "--verbose");
    assertThat(verbose.lines().toList())
        .containsExactly(
            "[main] WARN org.apache.jena.riot - slf4j warning",
            "[main] WARN com.example.lib - jul warning");
  }
}
