package org.claimcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs a hostile or careless user gives: every one is a one-line error naming what is wrong, with
 * the documented exit code.
 */
class HostileInputsTest {
  @TempDir Path dir;

  @Test
  void illTypedLiteralsInNTriplesAndNQuadsAreRefusedAtTheirLineAsInTurtle() throws IOException {
    String[] literals = {
      "\"abc\"^^<http://www.w3.org/2001/XMLSchema#date>",
      "\"2021-02-29\"^^<http://www.w3.org/2001/XMLSchema#date>",
      "\"abc\"^^<http://www.w3.org/2001/XMLSchema#integer>"
    };
    for (String literal : literals) {
      for (String extension : new String[] {"nt", "nq"}) {
        Path file =
            Files.writeString(
                dir.resolve("bad." + extension),
                "<https://example.org/a> <https://example.org/b> \"fine\" .\n"
                    + "<https://example.org/a> <https://example.org/b> "
                    + literal
                    + " .\n");
        CliRun run =
            CliRun.run("validate", file.toString())
                .assertExit(ExitCode.BAD_INPUT)
                .assertOneLineError();
        assertThat(run.errorMessage()).as(literal).startsWith(file + ":2:");
      }
    }
  }

  @Test
  void pathsThatAreNotRegularFilesSaySo() throws IOException, InterruptedException {
    Path fifo = dir.resolve("fifo.ttl");
    assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
    Path loop = dir.resolve("loop.ttl");
    Files.createSymbolicLink(loop, dir.resolve("loop2.ttl"));
    Files.createSymbolicLink(dir.resolve("loop2.ttl"), loop);
    Path dangling = Files.createSymbolicLink(dir.resolve("dangling.ttl"), dir.resolve("gone.ttl"));
    String notRegular =
        "not a regular file (a device, a FIFO or a socket); name a file or a directory";
    assertError(fifo.toString(), fifo + ": " + notRegular);
    assertError("/dev/zero", "/dev/zero: " + notRegular);
    assertError(loop.toString(), loop + ": symbolic link loop");
    assertError(
        dangling.toString(),
        dangling + ": a symbolic link to nothing (" + dir.resolve("gone.ttl") + ")");
    assertError(
        dir.resolve("missing.ttl").toString(),
        dir.resolve("missing.ttl") + ": no such file or directory");
  }

  @Test
  void aTimeoutOutsideOneSecondToAYearIsAUsageErrorNeverAnOverflow() {
    for (String command : new String[] {"check", "query"}) {
      for (String value : new String[] {"0", "31536001", "9223372036854775807"}) {
        CliRun run =
            command.equals("query")
                ? CliRun.run("query", "--timeout", value, "ASK {}")
                : CliRun.run("check", "--timeout", value);
        run.assertExit(ExitCode.USAGE).assertOneLineError();
        assertThat(run.errorMessage())
            .as("%s --timeout %s", command, value)
            .startsWith("--timeout must be from 1 to 31536000 seconds (a year), not " + value);
      }
    }
  }

  private static void assertError(String path, String message) {
    CliRun run = CliRun.run("validate", path).assertExit(ExitCode.BAD_INPUT).assertOneLineError();
    assertThat(run.errorMessage()).isEqualTo(message);
  }
}
