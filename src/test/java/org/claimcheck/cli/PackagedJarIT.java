package org.claimcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Runs the packaged jar as a user would, in its own JVM, to catch packaging faults: Jena's
 * ServiceLoader set-up in the shaded jar, and the ontology and shapes bundled as resources.
 */
class PackagedJarIT {
  private static final Path JAR = Path.of("target", "claimcheck.jar");
  private static final String FIXTURES = ValidateCommandTest.FIXTURES;

  private static CliRun java(String... args) throws IOException, InterruptedException {
    assertThat(JAR).as("run 'mvn package' first").isRegularFile();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(JAR.toString());
    command.addAll(List.of(args));
    Path out = Files.createTempFile("claimcheck-out", ".txt");
    Path err = Files.createTempFile("claimcheck-err", ".txt");
    try {
      Process process =
          new ProcessBuilder(command)
              .redirectOutput(out.toFile())
              .redirectError(err.toFile())
              .start();
      process.getOutputStream().close(); // no standard input, as in CI
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("timed out: " + command);
      }
      return new CliRun(
          List.of(args),
          process.exitValue(),
          Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  @Test
  void version() throws Exception {
    CliRun run = java("--version").assertExit(ExitCode.OK);
    assertThat(run.out()).as("%s", run).startsWith("claimcheck ");
    assertThat(run.err()).as("%s", run).isEmpty();
  }

  @Test
  void validatesAFixtureDirectoryWithTheBundledShapes() throws Exception {
    CliRun run = java("validate", FIXTURES + "outside-vocabulary").assertExit(ExitCode.OK);
    assertThat(run.out()).as("%s", run).isEqualTo("1 file, 1 triple: conforms\n");
    assertThat(run.err()).as("no log noise: %s", run).isEmpty();
  }

  @Test
  void reportsViolationsOfTheBundledShapes() throws Exception {
    CliRun run = java("validate", FIXTURES + "broken.ttl").assertExit(ExitCode.FINDINGS);
    assertThat(run.out()).as("%s", run).contains("ex:no-speaker", "3 violations");
    assertThat(run.err()).as("%s", run).isEmpty();
  }

  @Test
  void reportsAMalformedFileWithItsPlace() throws Exception {
    CliRun run = java("validate", FIXTURES + "malformed").assertExit(ExitCode.BAD_INPUT);
    run.assertOneLineError();
    assertThat(run.errorMessage())
        .as("%s", run)
        .startsWith(Path.of(FIXTURES, "malformed", "unterminated.ttl") + ":");
  }

  @Test
  void checksTheBundledArticleWithTheBundledRules() throws Exception {
    CliRun run = java("check").assertExit(ExitCode.FINDINGS);

    assertThat(run.err()).as("%s", run).isEmpty();
    assertThat(run.out())
        .as("%s", run)
        .startsWith("7 findings (1 contradiction, 6 tensions) among 20 statements, by 11 rules\n")
        .contains("«نفى التحالف الدولي ضد تنظيم داعش، إرسال قوات إضافية إلى سوريا»");
  }
}
