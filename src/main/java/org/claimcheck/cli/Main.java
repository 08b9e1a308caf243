package org.claimcheck.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Entry point of the {@code claimcheck} command; the only class that calls System.exit. */
public final class Main {
  private Main() {}

  /** Runs claimcheck with the process's streams and exits with its exit code. */
  public static void main(String[] args) {
    Logging.configure(Logging.verbose(args));
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
    Failures failures = new Failures(top::verbose, top::maxErrors);
    JenaInit.start();
    try {
      CommandLine commandLine = new CommandLine(top);
      // Before the settings below, which picocli hands only to the subcommands already added.
      ClaimcheckCommand.addSubcommands(commandLine, args);
      commandLine
          .setOut(out)
          .setErr(err)
          .setExecutionStrategy(parsed -> execute(parsed, top, err))
          .setExecutionExceptionHandler(failures)
          .setParameterExceptionHandler(failures);
      addFooter(commandLine, ExitCode.table());
      return commandLine.execute(args);
    } catch (Throwable t) {
      // Picocli hands only Exceptions to the handler; an Error (TDB2 reports a full disk as
      // InternalError) ends up here.
      return failures.report(t, err);
    } finally {
      // Also after a usage error, so that no caller in this JVM meets Jena half initialised.
      awaitQuietly();
      out.flush();
      err.flush();
    }
  }

  /** Runs the command once Jena is ready (see {@link JenaInit}). */
  private static int execute(
      CommandLine.ParseResult parseResult, ClaimcheckCommand top, PrintWriter err) {
    JenaInit.await();
    try (ProgressLine progress = ProgressLine.start(err, top.progress(), top.quiet())) {
      return new CommandLine.RunLast().execute(parseResult);
    }
  }

  private static void awaitQuietly() {
    try {
      JenaInit.await();
    } catch (RuntimeException | Error e) {
      // Reported by the command that needed Jena, if any.
    }
  }

  private static void addFooter(CommandLine commandLine, String footer) {
    commandLine.getCommandSpec().usageMessage().footer(footer);
    commandLine.getSubcommands().values().forEach(sub -> addFooter(sub, footer));
  }

  private static PrintWriter writer(java.io.OutputStream stream) {
    return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
  }
}
