package org.claimcheck.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.IntSupplier;
import org.claimcheck.error.ClaimcheckException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The one place where failures become exit codes: a typed {@link ClaimcheckException} maps by its
 * kind, a usage error to {@link ExitCode#USAGE}, anything else to {@link ExitCode#INTERNAL}. Each
 * failure prints one line {@code claimcheck: message} on stderr (input with several problems, one
 * line per problem, up to {@code --max-errors}); a stack trace follows only for an internal error
 * with {@code --verbose}.
 */
final class Failures implements IExecutionExceptionHandler, IParameterExceptionHandler {
  private final BooleanSupplier verbose;
  private final IntSupplier maxErrors;

  Failures(BooleanSupplier verbose, IntSupplier maxErrors) {
    this.verbose = verbose;
    this.maxErrors = maxErrors;
  }

  @Override
  public int handleParseException(ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    PrintWriter err = command.getErr();
    err.println(
        "claimcheck: "
            + oneLine(e.getMessage())
            + " (see '"
            + command.getCommandSpec().qualifiedName()
            + " --help')");
    return ExitCode.USAGE.code();
  }

  @Override
  public int handleExecutionException(Exception e, CommandLine command, ParseResult parseResult) {
    return report(e, command.getErr());
  }

  /** Prints {@code failure} on {@code err} and returns its exit code. */
  int report(Throwable failure, PrintWriter err) {
    ExitCode code = exitCode(failure);
    if (outOfMemory(failure)) {
      // What ran out has been let go on the way here, so there is room to say so.
      err.println(
          "claimcheck: the work needs more memory than the heap ("
              + Runtime.getRuntime().maxMemory() / (1 << 20)
              + " MiB) allows; give it more with CLAIMCHECK_JAVA_OPTS=-Xmx8g (or java -Xmx8g -jar), or ask for less");
    } else if (code == ExitCode.INTERNAL) {
      err.println("claimcheck: internal error: " + oneLine(String.valueOf(failure)));
      if (verbose.getAsBoolean()) {
        failure.printStackTrace(err);
      }
    } else if (failure instanceof ClaimcheckException e) {
      List<String> messages = e.messages();
      int shown = Math.min(messages.size(), Math.max(1, maxErrors.getAsInt()));
      for (String message : messages.subList(0, shown)) {
        err.println("claimcheck: " + oneLine(message));
      }
      if (shown < messages.size()) {
        int more = messages.size() - shown;
        err.println(
            "claimcheck: "
                + more
                + " more problem"
                + (more == 1 ? "" : "s")
                + " not shown ("
                + messages.size()
                + " in all; show more with --max-errors N)");
      }
    } else {
      err.println("claimcheck: " + oneLine(failure.getMessage()));
    }
    err.flush();
    return code.code();
  }

  static ExitCode exitCode(Throwable failure) {
    if (failure instanceof ClaimcheckException e) {
      return switch (e.kind()) {
        case USAGE -> ExitCode.USAGE;
        case BAD_INPUT -> ExitCode.BAD_INPUT;
        case STORE_UNAVAILABLE -> ExitCode.STORE_UNAVAILABLE;
        case TIMEOUT -> ExitCode.TIMEOUT;
        case INTERRUPTED -> ExitCode.INTERRUPTED;
      };
    }
    if (failure instanceof InterruptedException) {
      return ExitCode.INTERRUPTED;
    }
    if (outOfMemory(failure)) {
      return ExitCode.TIMEOUT; // a limit of the run, like time: the same work may pass with more
    }
    if (failure instanceof ParameterException) {
      return ExitCode.USAGE;
    }
    return ExitCode.INTERNAL;
  }

  private static boolean outOfMemory(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof OutOfMemoryError) {
        return true;
      }
    }
    return false;
  }

  /** Keeps the first line: an error is reported in one line. */
  private static String oneLine(String message) {
    if (message == null) {
      return "";
    }
    String trimmed = StandardInput.shown(message).strip();
    int newline = trimmed.indexOf('\n');
    return newline < 0 ? trimmed : trimmed.substring(0, newline).strip();
  }
}
