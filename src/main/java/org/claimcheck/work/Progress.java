package org.claimcheck.work;

/**
 * How far the long steps of a run have got (reading files, validating, the rules), told to one
 * listener for the process: the command line shows it on a terminal, and nothing listens otherwise.
 * Reporting costs a volatile read when nobody listens.
 */
public final class Progress {
  /** Hears each update; called from any thread. */
  public interface Listener {
    /**
     * {@code step} has done {@code done} of {@code total} {@code unit}s ({@code total} negative
     * when unknown).
     */
    void update(String step, long done, long total, String unit);
  }

  private static final Listener NONE = (step, done, total, unit) -> {};
  private static volatile Listener listener = NONE;

  private Progress() {}

  /** Sends every update from now on to {@code to}. */
  public static void listen(Listener to) {
    listener = to;
  }

  /** Stops sending updates. */
  public static void stopListening() {
    listener = NONE;
  }

  /** Reports that {@code step} has done {@code done} of {@code total} {@code unit}s. */
  public static void update(String step, long done, long total, String unit) {
    listener.update(step, done, total, unit);
  }
}
