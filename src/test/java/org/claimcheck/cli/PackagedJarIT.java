package org.claimcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the packaged jar as a user would, in its own JVM, to catch packaging faults: Jena's
 * ServiceLoader set-up in the shaded jar, and the ontology and shapes bundled as resources.
 */
class PackagedJarIT {
  private static final Path JAR = Path.of("target", "claimcheck.jar");
  private static final String FIXTURES = ValidateCommandTest.FIXTURES;

  private static List<String> command(String... args) {
    assertThat(JAR).as("run 'mvn package' first").isRegularFile();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(JAR.toString());
    command.addAll(List.of(args));
    return command;
  }

  private static CliRun java(String... args) throws IOException, InterruptedException {
    return run(command(args), args);
  }

  /** Runs {@code bin/claimcheck} with {@code args}, and {@code javaOptions} for the JVM. */
  private static CliRun launcher(String javaOptions, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("bin/claimcheck"));
    command.addAll(List.of(args));
    return run(command, Map.of("CLAIMCHECK_JAVA_OPTS", javaOptions), args);
  }

  private static CliRun run(List<String> command, String... args)
      throws IOException, InterruptedException {
    return run(command, Map.of(), args);
  }

  private static CliRun run(List<String> command, Map<String, String> environment, String... args)
      throws IOException, InterruptedException {
    Path out = Files.createTempFile("claimcheck-out", ".txt");
    Path err = Files.createTempFile("claimcheck-err", ".txt");
    try {
      ProcessBuilder builder = new ProcessBuilder(command);
      builder.environment().putAll(environment);
      Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
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
        .startsWith(
            "7 findings (1 contradiction, 6 tensions) among 20 statements by 5 speakers in 1\n"
                + "article, by 13 rules\n")
        .contains("«نفى التحالف الدولي ضد تنظيم داعش، إرسال قوات إضافية إلى سوريا»");
  }

  /**
   * bin/claimcheck runs the jar with the class-data archive the build made beside it (with the
   * {@code java} on the PATH, as the build did) and its JIT and GC options: the same run, most
   * classes from the archive. CLAIMCHECK_JAVA_OPTS reaches the JVM.
   */
  @Test
  void theLauncherRunsTheJarWithTheClassDataArchiveOfTheBuild() throws Exception {
    CliRun launched = launcher("", "check").assertExit(ExitCode.FINDINGS);
    assertThat(launched.out()).as("%s", launched).isEqualTo(java("check").out());

    CliRun logged =
        launcher("-Xlog:class+load=info -Xlog:gc=info", "check").assertExit(ExitCode.FINDINGS);
    // A static archive: the JDK's classes, claimcheck's and its libraries' all come from it.
    assertThat(
            logged
                .out()
                .lines()
                .filter(l -> l.contains("source: shared objects file"))
                .filter(l -> l.contains(" org.apache.jena.") || l.contains(" org.claimcheck."))
                .count())
        .as("classes of claimcheck and Jena loaded from the archive")
        .isGreaterThan(1_000);
    assertThat(logged.out()).as("the collector the launcher asks for").contains("Using Parallel");
  }

  /**
   * The launcher keeps the young generation to a tenth of the old one (the peak of a large check is
   * then about half), as a ratio, so that a small heap keeps its old generation; and the JVM's
   * warnings go to standard error: the report on standard output stays whole.
   */
  @Test
  void theLauncherKeepsTheYoungGenerationSmallAndJvmWarningsOffStandardOutput() throws Exception {
    CliRun flags = launcher("-Xmx4g -XX:+PrintFlagsFinal", "--version").assertExit(ExitCode.OK);
    assertThat(
            flags.out().lines().filter(l -> l.matches("\\s*size_t MaxNewSize\\s+= 390070272\\s.*")))
        .as("4 GB / 11, aligned: %s", flags)
        .hasSize(1);

    CliRun small = launcher("-Xmx256m", "check", "--format", "json").assertExit(ExitCode.FINDINGS);
    assertThat(small.err()).as("a small heap needs no adjusting: %s", small).isEmpty();

    // Options that contradict each other make the JVM warn.
    CliRun warned =
        launcher("-Xmx256m -XX:MaxNewSize=1g", "check", "--format", "json")
            .assertExit(ExitCode.FINDINGS);
    assertThat(warned.err()).as("%s", warned).contains("[warning][gc,ergo]");
    assertThat(new ObjectMapper().readTree(warned.out()).path("summary").path("findings").asInt())
        .as("%s", warned)
        .isEqualTo(7);
  }

  /**
   * The launcher keeps to the client compiler for small inputs (under 20 MB named on the command
   * line), where the server compiler's work never pays off, and lets it run for larger ones, for
   * endpoints.
   */
  @Test
  void theLauncherChoosesTheCompilerByTheSizeOfTheInput(@TempDir Path dir) throws Exception {
    Path small = Files.writeString(dir.resolve("small.nt"), "<urn:x:a> <urn:x:b> <urn:x:c> .\n");
    Path large = dir.resolve("large.nt");
    try (var out = Files.newBufferedWriter(large)) {
      String line = "<urn:x:a> <urn:x:b> \"" + "x".repeat(1000) + "\" .\n";
      for (int i = 0; i < 21 * 1024; i++) {
        out.write(line);
      }
    }
    assertThat(tieredStopAtLevel("--version")).isEqualTo(1);
    assertThat(tieredStopAtLevel("--version", small.toString())).isEqualTo(1);
    assertThat(tieredStopAtLevel("--version", "--store=" + dir))
        .as("a directory of 21 MB")
        .isEqualTo(4);
    assertThat(tieredStopAtLevel("--version", large.toString())).isEqualTo(4);
    assertThat(tieredStopAtLevel("--version", "--endpoint", "http://localhost:1/sparql"))
        .isEqualTo(4);
  }

  private static int tieredStopAtLevel(String... args) throws IOException, InterruptedException {
    CliRun flags = launcher("-XX:+PrintFlagsFinal", args);
    return flags
        .out()
        .lines()
        .filter(l -> l.matches("\\s*intx TieredStopAtLevel\\s+=.*"))
        .map(l -> Integer.parseInt(l.replaceAll(".*=\\s*(\\d+).*", "$1")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no TieredStopAtLevel in " + flags));
  }

  /** TDB2 is left out of Jena's start-up in the jar and starts with the first store opened. */
  @Test
  void loadsChecksAndQueriesATdb2Store(@TempDir Path dir) throws Exception {
    String store = dir.resolve("store").toString();
    java("load", "--store", store, "facts").assertExit(ExitCode.OK);

    CliRun check = java("check", "--store", store).assertExit(ExitCode.FINDINGS);
    assertThat(check.out()).as("%s", check).isEqualTo(java("check").out());
    // The store's union of graphs holds what the files hold (with the ontology).
    String count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }";
    CliRun query =
        java("query", "--store", store, "--format", "csv", count).assertExit(ExitCode.OK);
    assertThat(query.out())
        .as("%s", query)
        .isEqualTo(java("query", "--format", "csv", count).out())
        .isNotEqualTo("n\r\n0\r\n");
  }

  /**
   * A signal at any moment of a check that writes a report: the run either finishes (exit 1, a
   * whole report) or stops with INTERRUPTED (exit 6, or 128+N while the JVM is still starting)
   * leaving no file at all.
   */
  @Test
  void aSignalNeverLeavesHalfAReport(@TempDir Path dir) throws Exception {
    Random random = new Random(7);
    int interrupted = 0;
    for (int i = 0; i < 8; i++) {
      Path report = dir.resolve("findings-" + i + ".json");
      Process process =
          new ProcessBuilder(command("check", "--format", "json", "--output", report.toString()))
              .redirectErrorStream(true)
              .start();
      process.getOutputStream().close();
      Thread.sleep(random.nextInt(1500));
      String signal = i % 2 == 0 ? "TERM" : "INT";
      new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).start().waitFor();
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int code = process.exitValue();
      if (code == ExitCode.INTERRUPTED.code()) {
        interrupted++;
        assertThat(output).contains("claimcheck: interrupted by SIG" + signal);
        assertThat(report).doesNotExist();
      } else if (code == 130 || code == 143) {
        // The signal came while the JVM was starting, before claimcheck's handler was set.
        assertThat(report).doesNotExist();
      } else {
        assertThat(code).as(output).isEqualTo(ExitCode.FINDINGS.code());
        assertThat(new ObjectMapper().readTree(report.toFile()).get("findings")).hasSize(7);
      }
      try (var files = Files.list(dir)) {
        assertThat(files)
            .as("no temporary file left")
            .allMatch(f -> f.getFileName().toString().startsWith("findings-"));
      }
    }
    assertThat(interrupted).as("runs stopped by a signal").isPositive();
  }
}
