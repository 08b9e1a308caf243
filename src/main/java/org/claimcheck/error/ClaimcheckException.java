package org.claimcheck.error;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * An expected failure, with a {@link Kind} that says which exit code it maps to and a message fit
 * to be shown to the user as is (one line, no stack trace).
 */
public final class ClaimcheckException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** What went wrong, as far as the user is concerned. */
  public enum Kind {
    /**
     * An option that does not fit what it is given (a format for another form of query, a parameter
     * the query does not have), found only once the input is read.
     */
    USAGE,
    /** Data, a rule or a query cannot be read. */
    BAD_INPUT,
    /** The store is locked, unreachable or failing. */
    STORE_UNAVAILABLE,
    /** An operation did not finish in time. */
    TIMEOUT,
    /** The thread was interrupted. */
    INTERRUPTED
  }

  private final Kind kind;
  private final List<String> messages;

  private ClaimcheckException(Kind kind, String message, Throwable cause) {
    this(kind, List.of(Objects.requireNonNull(message, "message")), cause);
  }

  private ClaimcheckException(Kind kind, List<String> messages, Throwable cause) {
    super(messages.get(0), cause);
    this.kind = Objects.requireNonNull(kind, "kind");
    this.messages = List.copyOf(messages);
  }

  /** Every problem found, one line each, the first being {@link #getMessage()}. */
  public List<String> messages() {
    return messages;
  }

  /** The kind of failure. */
  public Kind kind() {
    return kind;
  }

  /** An option that does not fit the input; {@code message} names the option. */
  public static ClaimcheckException usage(String message) {
    return new ClaimcheckException(Kind.USAGE, message, null);
  }

  /** Input that cannot be read, described by {@code message} alone. */
  public static ClaimcheckException badInput(String message) {
    return new ClaimcheckException(Kind.BAD_INPUT, message, null);
  }

  /**
   * Input with several problems, each a line such as {@code file:line:col: message}, in the order
   * they should be shown.
   */
  public static ClaimcheckException badInput(List<String> messages) {
    if (messages.isEmpty()) {
      throw new IllegalArgumentException("no problem to report");
    }
    return new ClaimcheckException(Kind.BAD_INPUT, messages, null);
  }

  /** Input that cannot be read, caused by {@code cause}. */
  public static ClaimcheckException badInput(String message, Throwable cause) {
    return new ClaimcheckException(Kind.BAD_INPUT, message, cause);
  }

  /**
   * Input that cannot be read at a place in a file: the message reads {@code file:line:col:
   * message}, leaving out the column, or line and column, when they are unknown (below 1).
   */
  public static ClaimcheckException badInput(Path file, long line, long col, String message) {
    return badInput(file.toString(), line, col, message);
  }

  /** As {@link #badInput(Path, long, long, String)} for a source named otherwise (a resource). */
  public static ClaimcheckException badInput(String source, long line, long col, String message) {
    return badInput(location(source, line, col) + ": " + message);
  }

  /** The store cannot be used. */
  public static ClaimcheckException storeUnavailable(String message, Throwable cause) {
    return new ClaimcheckException(Kind.STORE_UNAVAILABLE, message, cause);
  }

  /** An operation ran out of time; {@code message} should say which and the limit. */
  public static ClaimcheckException timeout(String message) {
    return new ClaimcheckException(Kind.TIMEOUT, message, null);
  }

  /** The work was interrupted; restores the thread's interrupt flag. */
  public static ClaimcheckException interrupted(String message, InterruptedException cause) {
    Thread.currentThread().interrupt();
    return new ClaimcheckException(Kind.INTERRUPTED, message, cause);
  }

  /** {@code source:line:col}, {@code source:line} or {@code source}, by what is known. */
  public static String location(String source, long line, long col) {
    if (line < 1) {
      return source;
    }
    return col < 1 ? source + ":" + line : source + ":" + line + ":" + col;
  }
}
