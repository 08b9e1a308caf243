package org.claimcheck.cli;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.sys.JenaSystem;
import org.claimcheck.error.ClaimcheckException;

/**
 * Jena's initialisation on a background thread, so that it overlaps building and parsing the
 * command line (each takes a good part of a short run).
 *
 * <p>Between {@link #start()} and {@link #await()} no other thread may touch a Jena class: Jena
 * initialises itself from the static initialisers of its classes, and two threads initialising
 * them at once can deadlock. Picocli and the option converters use no Jena class.
 */
final class JenaInit {
  private static final AtomicBoolean STARTED = new AtomicBoolean();
  private static final FutureTask<Void> INIT = new FutureTask<>(() -> JenaSystem.init(), null);

  private JenaInit() {}

  /** Starts the initialisation, once per JVM. */
  static void start() {
    if (STARTED.compareAndSet(false, true)) {
      Thread thread = new Thread(INIT, "claimcheck-jena-init");
      thread.setDaemon(true);
      thread.start();
    }
  }

  /** Waits until Jena is initialised; rethrows what the initialisation threw. */
  static void await() {
    start();
    try {
      INIT.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw ClaimcheckException.interrupted("interrupted while starting", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}
