package org.claimcheck.work;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import org.claimcheck.error.ClaimcheckException;

/**
 * Daemon threads (they never keep the process alive) that run tasks side by side; closing the pool
 * interrupts what still runs.
 */
public final class Workers implements AutoCloseable {
  private final ExecutorService pool;

  private Workers(int threads) {
    pool = Executors.newFixedThreadPool(threads, Workers::daemon);
  }

  /** One thread per available core. */
  public static Workers perCore() {
    return new Workers(Runtime.getRuntime().availableProcessors());
  }

  /** One thread, for work handed over from the calling thread. */
  public static Workers single() {
    return new Workers(1);
  }

  /**
   * Runs {@code task} on a new daemon thread named {@code name}, for one piece of work that
   * overlaps what the calling thread does next; {@link #result} waits for it.
   */
  public static <T> Future<T> inBackground(String name, Callable<T> task) {
    FutureTask<T> future = new FutureTask<>(task);
    Thread thread = new Thread(future, name);
    thread.setDaemon(true);
    thread.start();
    return future;
  }

  /** Starts {@code task}. */
  public <T> Future<T> submit(Callable<T> task) {
    return pool.submit(task);
  }

  /**
   * Waits for {@code run} and returns its result; its unchecked exception or error is rethrown as
   * it was, and an interrupted wait becomes an INTERRUPTED {@link ClaimcheckException}.
   */
  public static <T> T result(Future<T> run) {
    try {
      return run.get();
    } catch (InterruptedException e) {
      throw ClaimcheckException.interrupted("interrupted while waiting for work in progress", e);
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

  @Override
  public void close() {
    pool.shutdownNow();
  }

  private static Thread daemon(Runnable task) {
    Thread thread = new Thread(task, "claimcheck-worker");
    thread.setDaemon(true);
    return thread;
  }
}
