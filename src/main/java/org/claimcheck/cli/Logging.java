package org.claimcheck.cli;

import java.util.logging.Level;
import java.util.logging.LogManager;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Library logging: Jena's through SLF4J, and the libraries that use {@code java.util.logging}
 * bridged to it, all silent unless {@code --verbose}, which shows their warnings and errors on
 * standard error. claimcheck reports problems itself, in one line; a library's log line would only
 * repeat or blur it.
 */
final class Logging {
  private Logging() {}

  /**
   * Sets library logging up for the process, before any library logs; {@code --verbose} shows it.
   */
  static void configure(boolean verbose) {
    // SimpleLogger reads this once, when the first logger is made; it wins over
    // simplelogger.properties, which keeps everything off.
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", verbose ? "warn" : "off");
    System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
    if (verbose) {
      SLF4JBridgeHandler.removeHandlersForRootLogger();
      SLF4JBridgeHandler.install();
      java.util.logging.Logger.getLogger("").setLevel(Level.WARNING);
    } else {
      LogManager.getLogManager().reset();
      java.util.logging.Logger.getLogger("").setLevel(Level.OFF);
    }
  }

  /** Whether {@code args} ask for {@code --verbose} (before picocli parses them). */
  static boolean verbose(String... args) {
    for (String arg : args) {
      if (arg.equals("--")) {
        return false;
      }
      if (arg.equals("--verbose")) {
        return true;
      }
    }
    return false;
  }
}
