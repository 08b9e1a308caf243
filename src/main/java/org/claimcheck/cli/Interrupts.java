package org.claimcheck.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.IntConsumer;
import org.claimcheck.io.OutputFile;
import org.claimcheck.work.Watchdog;
import sun.misc.Signal;

/**
 * What SIGINT and SIGTERM do: remove the temporary file of any report being written, say so in one
 * line, and stop at once with {@link ExitCode#INTERRUPTED}; once a report is written whole, nothing
 * (the run is ending with its own exit code). A store write in progress is abandoned like a crash:
 * TDB2 keeps its state from before the transaction.
 */
final class Interrupts {
  private Interrupts() {}

  /** Installs the handlers; {@code halt} ends the process with the given status. */
  static void install(IntConsumer halt) {
    // A deadline that work cannot keep cooperatively ends the process the same way, with TIMEOUT.
    Watchdog.enable(
        message ->
            OutputFile.stopUnlessWritten(
                () -> {
                  new PrintStream(System.err, true, StandardCharsets.UTF_8)
                      .println("claimcheck: " + message);
                  halt.accept(ExitCode.TIMEOUT.code());
                }));
    for (String name : new String[] {"INT", "TERM"}) {
      Signal.handle(
          new Signal(name),
          signal ->
              // Once the report is written whole, the run ends on its own, with its exit code.
              OutputFile.stopUnlessWritten(
                  () -> {
                    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
                    err.println(
                        "claimcheck: interrupted by SIG"
                            + signal.getName()
                            + "; nothing was half-written");
                    halt.accept(ExitCode.INTERRUPTED.code());
                  }));
    }
  }
}
