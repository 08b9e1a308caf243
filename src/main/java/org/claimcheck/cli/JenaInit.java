package org.claimcheck.cli;

import java.util.concurrent.Future;
import org.apache.jena.sys.JenaSystem;
import org.claimcheck.work.Workers;

/**
 * Jena's initialisation on a background thread, so that it overlaps building and parsing the
 * command line (each takes a good part of a short run).
 *
 * <p>Between {@link #start()} and {@link #await()} no other thread may touch a Jena class: Jena
 * initialises itself from the static initialisers of its classes, and two threads initialising them
 * at once can deadlock. Picocli and the option converters use no Jena class.
 */
final class JenaInit {
  private static Future<Void> init;

  private JenaInit() {}

  /** Starts the initialisation, once per JVM. */
  static synchronized void start() {
    if (init == null) {
      init =
          Workers.inBackground(
              "claimcheck-jena-init",
              () -> {
                JenaSystem.init();
                return null;
              });
    }
  }

  /** Waits until Jena is initialised; rethrows what the initialisation threw. */
  static void await() {
    start();
    Workers.result(init);
  }
}
