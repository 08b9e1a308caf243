package org.claimcheck.work;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * Ends the process when work overruns its deadline and does not stop when cancelled: Jena checks
 * for cancellation between rows, so a runaway regular expression or a sort inside one step never
 * sees it. Read-only work may be abandoned like this, as a kill is. Inactive until the command line
 * {@link #enable}s it, so work run inside another program (a test) is never ended.
 */
public final class Watchdog {
  /** How the process ends, given the message to print; null until enabled. */
  private static volatile Consumer<String> stop;

  private Watchdog() {}

  /** Makes {@link #at} end the process with {@code stop}, which must not return. */
  public static void enable(Consumer<String> stop) {
    Watchdog.stop = stop;
  }

  /**
   * Ends the process at {@code deadline} with {@code message}, unless the returned guard is closed
   * first.
   */
  public static Guard at(Instant deadline, String message) {
    Consumer<String> ending = stop;
    if (ending == null) {
      return () -> {};
    }
    Thread watchdog =
        new Thread(
            () -> {
              try {
                Thread.sleep(Math.max(0, Duration.between(Instant.now(), deadline).toMillis()));
              } catch (InterruptedException e) {
                return; // the work ended in time
              }
              ending.accept(message);
            },
            "claimcheck-watchdog");
    watchdog.setDaemon(true);
    watchdog.start();
    return watchdog::interrupt;
  }

  /** Called off when the work ends in time. */
  public interface Guard extends AutoCloseable {
    @Override
    void close();
  }
}
