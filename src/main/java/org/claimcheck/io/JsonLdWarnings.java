package org.claimcheck.io;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The warnings of the JSON-LD library (Titanium) while one document is read. It reports through
 * {@code java.util.logging} what it drops (a bad IRI, a bad language tag: "value is skipped"), so
 * data would go missing with two lines on the terminal; here every warning of a read is collected,
 * for the reader to refuse the document, and none ever reaches the terminal.
 */
final class JsonLdWarnings implements AutoCloseable {
  /** Held here: java.util.logging keeps loggers only weakly, and would drop the settings. */
  private static final Logger LIBRARY = quiet(Logger.getLogger("com.apicatalog"));

  private static final ThreadLocal<List<String>> CURRENT = new ThreadLocal<>();

  private final List<String> messages = new ArrayList<>();

  private JsonLdWarnings() {
    CURRENT.set(messages);
  }

  /** Collects the library's warnings on this thread until closed. */
  static JsonLdWarnings capture() {
    return new JsonLdWarnings();
  }

  /** The warnings so far, in order. */
  List<String> messages() {
    return List.copyOf(messages);
  }

  @Override
  public void close() {
    CURRENT.remove();
  }

  private static Logger quiet(Logger logger) {
    logger.setUseParentHandlers(false);
    logger.setLevel(Level.WARNING);
    logger.addHandler(
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            List<String> messages = CURRENT.get();
            if (messages != null && record.getLevel().intValue() >= Level.WARNING.intValue()) {
              messages.add(new java.util.logging.SimpleFormatter().formatMessage(record));
            }
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        });
    return logger;
  }
}
