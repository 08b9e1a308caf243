package org.claimcheck.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.claimcheck.model.Controls;
import org.claimcheck.work.Progress;

/**
 * Shows {@link Progress} on standard error: on a terminal, one line kept up to date in place (what
 * is done, how far, the rate and the time left where the total is known), once a step has run for
 * {@link #AFTER_NANOS}, and erased when the run ends; asked for with {@code --progress} elsewhere,
 * a plain line when each step starts and then every {@link #EVERY_NANOS}.
 */
final class ProgressLine implements Progress.Listener, AutoCloseable {
  private static final long AFTER_NANOS = 2_000_000_000L;
  private static final long EVERY_NANOS = 2_000_000_000L;
  private static final long REDRAW_NANOS = 250_000_000L;

  private final PrintWriter err;
  private final boolean terminal;
  private String step;
  private long done;
  private long total;
  private String unit;
  private long stepStart;
  private long lastShown;
  private boolean drawn;
  private volatile boolean closed;

  private ProgressLine(PrintWriter err, boolean terminal) {
    this.err = err;
    this.terminal = terminal;
  }

  /**
   * Starts showing progress on {@code err}: in place when it is a terminal, as lines when {@code
   * forced} and it is not, not at all when {@code quiet} or neither.
   */
  static ProgressLine start(PrintWriter err, boolean forced, boolean quiet) {
    boolean terminal = stderrIsTerminal();
    ProgressLine line = new ProgressLine(err, terminal);
    if (!quiet && (terminal || forced)) {
      Progress.listen(line);
      Thread ticker =
          new Thread(
              () -> {
                while (!line.closed) {
                  line.tick();
                  try {
                    Thread.sleep(REDRAW_NANOS / 1_000_000);
                  } catch (InterruptedException e) {
                    return;
                  }
                }
              },
              "claimcheck-progress");
      ticker.setDaemon(true);
      ticker.start();
    }
    return line;
  }

  /**
   * Whether standard error is a terminal: the launcher says so ({@code -Dclaimcheck.terminal}, from
   * {@code [ -t 2 ]}); without it, whether the JVM has a console at all.
   */
  private static boolean stderrIsTerminal() {
    String told = System.getProperty("claimcheck.terminal");
    return told != null ? told.equals("1") : System.console() != null;
  }

  @Override
  public synchronized void update(String what, long done, long total, String unit) {
    long now = System.nanoTime();
    boolean newStep = !what.equals(step);
    if (newStep) {
      step = what;
      stepStart = now;
    }
    this.done = done;
    this.total = total;
    this.unit = unit;
    if (!terminal && newStep) {
      show(now);
    }
  }

  /** Redraws the line, or prints one, as the time since the step began and the last one says. */
  private synchronized void tick() {
    long now = System.nanoTime();
    if (step != null
        && (terminal
            ? now - stepStart >= AFTER_NANOS && now - lastShown >= REDRAW_NANOS
            : now - lastShown >= EVERY_NANOS)) {
      show(now);
    }
  }

  private void show(long now) {
    String text = line(step, done, total, unit, now - stepStart);
    if (terminal) {
      err.print("\r" + text + "\u001B[K");
      drawn = true;
    } else {
      err.println("claimcheck: " + text);
    }
    err.flush();
    lastShown = now;
  }

  /** {@code reading big.nt: 40 of 136 MB, 21 MB/s, 5 s left}, and so on. */
  static String line(String what, long done, long total, String unit, long elapsedNanos) {
    StringBuilder text = new StringBuilder(what).append(": ");
    boolean bytes = unit.equals("bytes");
    // Sizes in MB, or in kB for a file under a megabyte.
    int shift = bytes && total >= 0 && total < 1 << 20 ? 10 : 20;
    text.append(bytes ? String.valueOf(done >> shift) : String.valueOf(done));
    if (total >= 0) {
      text.append(" of ").append(bytes ? String.valueOf(total >> shift) : String.valueOf(total));
    }
    text.append(bytes ? (shift == 10 ? " kB" : " MB") : " " + unit);
    double seconds = elapsedNanos / 1e9;
    if (seconds >= 1 && done > 0) {
      double rate = done / seconds;
      text.append(", ")
          .append(
              bytes
                  ? String.format(Locale.ROOT, "%.0f MB/s", rate / (1 << 20))
                  : String.format(Locale.ROOT, "%.1f %s/s", rate, unit));
      if (total > done) {
        text.append(String.format(Locale.ROOT, ", %d s left", Math.round((total - done) / rate)));
      }
    }
    return Controls.visible(text.toString());
  }

  /** Stops listening and erases the line on a terminal. */
  @Override
  public synchronized void close() {
    closed = true;
    Progress.stopListening();
    if (drawn) {
      err.print("\r\u001B[K");
      err.flush();
      drawn = false;
    }
  }
}
