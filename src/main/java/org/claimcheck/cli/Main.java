package org.claimcheck.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.apache.jena.sys.JenaSystem;
import picocli.CommandLine;

/** Entry point of the {@code claimcheck} command; the only class that calls System.exit. */
public final class Main {
  private Main() {}

  /** Runs claimcheck with the process's streams and exits with its exit code. */
  public static void main(String[] args) {
    Interrupts.install(status -> Runtime.getRuntime().halt(status));
    System.exit(run(writer(System.out), writer(System.err), args));
  }

  /**
   * Runs claimcheck with {@code args}, writing to {@code out} and {@code err}.
   *
   * @return the exit code, one of {@link ExitCode}
   */
  static int run(PrintWriter out, PrintWriter err, String... args) {
    ClaimcheckCommand top = new ClaimcheckCommand();
    Failures failures = new Failures(top::verbose);
    try {
      JenaSystem.init();
      CommandLine commandLine =
          new CommandLine(top)
              .setOut(out)
              .setErr(err)
              .setExecutionExceptionHandler(failures)
              .setParameterExceptionHandler(failures);
      addExitCodeFooter(commandLine);
      return commandLine.execute(args);
    } catch (Throwable t) {
      // Picocli hands only Exceptions to the handler; an Error (TDB2 reports a full disk as
      // InternalError) ends up here.
      return failures.report(t, err);
    } finally {
      out.flush();
      err.flush();
    }
  }

  private static void addExitCodeFooter(CommandLine commandLine) {
    commandLine.getCommandSpec().usageMessage().footer(ExitCode.table());
    commandLine.getSubcommands().values().forEach(Main::addExitCodeFooter);
  }

  private static PrintWriter writer(java.io.OutputStream stream) {
    return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
  }
}
