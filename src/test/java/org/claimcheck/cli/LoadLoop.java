package org.claimcheck.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * Test helper run in its own JVM, to be killed: loads args[1] and args[2] in turn, for ever, into
 * the TDB2 store args[0] with {@code load --graph args[3] --replace}, each through the real command
 * line. Before each load it prints {@code loading N}, after it {@code loaded N} (N is 1 or 2), so
 * the killer knows which content the store held before the load it interrupted.
 */
final class LoadLoop {
  private LoadLoop() {}

  public static void main(String[] args) {
    String store = args[0];
    String graph = args[3];
    for (int i = 0; ; i++) {
      int which = 1 + (i % 2);
      System.out.println("loading " + which);
      System.out.flush();
      StringWriter err = new StringWriter();
      int code =
          Main.run(
              new PrintWriter(new StringWriter()),
              new PrintWriter(err),
              "load",
              args[which],
              "--store",
              store,
              "--graph",
              graph,
              "--replace");
      if (code != ExitCode.OK.code()) {
        System.out.println("failed " + code + ": " + err);
        System.out.flush();
        System.exit(1);
      }
      System.out.println("loaded " + which);
      System.out.flush();
    }
  }
}
