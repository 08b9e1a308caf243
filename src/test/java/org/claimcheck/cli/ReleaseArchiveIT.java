package org.claimcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release archive as a user gets it: unpacked anywhere, run from another directory through its
 * launcher with only a Java runtime (the one named by JAVA_HOME), it checks the bundled article; it
 * carries the licences, the completion script and the man pages.
 */
class ReleaseArchiveIT {
  private static final String VERSION = System.getProperty("project.version", "(set by the pom)");
  private static final Path ZIP = Path.of("target", "claimcheck-" + VERSION + ".zip");

  @TempDir static Path tmp;
  private static Path home;
  private static final Map<String, Integer> MODES = new TreeMap<>();

  @BeforeAll
  static void unpack() throws IOException {
    assertThat(ZIP).as("the release archive (mvn package)").isRegularFile();
    Path unpacked = tmp.resolve("unpacked");
    try (ZipFile zip = ZipFile.builder().setPath(ZIP).get()) {
      for (Enumeration<ZipArchiveEntry> e = zip.getEntries(); e.hasMoreElements(); ) {
        ZipArchiveEntry entry = e.nextElement();
        Path target = unpacked.resolve(entry.getName()).normalize();
        assertThat(target.startsWith(unpacked)).as(entry.getName()).isTrue();
        MODES.put(entry.getName(), entry.getUnixMode() & 0777);
        if (entry.isDirectory()) {
          Files.createDirectories(target);
        } else {
          Files.createDirectories(target.getParent());
          try (InputStream in = zip.getInputStream(entry)) {
            Files.copy(in, target);
          }
        }
      }
    }
    home = unpacked.resolve("claimcheck-" + VERSION);
    Files.setPosixFilePermissions(
        home.resolve("bin/claimcheck"), PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  @Test
  void holdsTheLauncherTheJarTheLicencesTheCompletionAndTheManPages() throws IOException {
    String root = "claimcheck-" + VERSION + "/";
    assertThat(MODES).containsEntry(root + "bin/claimcheck", 0755);
    assertThat(home.resolve("lib/claimcheck.jar")).isRegularFile();
    assertThat(Files.readString(home.resolve("LICENSE"))).contains("Apache License", "Version 2.0");
    assertThat(home.resolve("licenses/jena-arq/META-INF/LICENSE")).isRegularFile();
    assertThat(home.resolve("licenses/picocli")).isDirectory();
    assertThat(home.resolve("completion/claimcheck.bash")).isRegularFile();
    assertThat(home.resolve("man/man1/claimcheck-check.1")).isRegularFile();
    assertThat(home.resolve("facts/actors.ttl")).isRegularFile();
    assertThat(MODES.keySet()).noneMatch(name -> name.endsWith(".jsa"));
  }

  @Test
  void checksTheBundledArticleFromAnotherDirectoryWithTheJavaOfJavaHome() throws Exception {
    // A JAVA_HOME whose java notes that it ran, then runs this JVM's java.
    Path javaHome = tmp.resolve("jre");
    Path ran = tmp.resolve("java-ran");
    Files.createDirectories(javaHome.resolve("bin"));
    Path java = javaHome.resolve("bin/java");
    Files.writeString(
        java,
        "#!/bin/sh\necho ran >> '"
            + ran
            + "'\nexec '"
            + Path.of(System.getProperty("java.home"), "bin", "java")
            + "' \"$@\"\n");
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));

    for (int run = 1; run <= 2; run++) {
      ProcessBuilder builder =
          new ProcessBuilder(
                  home.resolve("bin/claimcheck").toString(),
                  "check",
                  home.resolve("facts").toString())
              .directory(elsewhere.toFile());
      builder.environment().put("JAVA_HOME", javaHome.toString());
      Process process = builder.start();
      process.getOutputStream().close();
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
      assertThat(process.exitValue())
          .as("run %d: %s %s", run, out, err)
          .isEqualTo(ExitCode.FINDINGS.code());
      assertThat(err).as("run %d", run).isEmpty();
      assertThat(out).as("run %d", run).contains("7 findings");
      assertThat(out).isEqualTo(CliRun.run("check").out());
      // The first run made the class-data archive that the second uses.
      try (var files = Files.list(home.resolve("lib"))) {
        assertThat(
                files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".jsa")).toList())
            .as("after run %d", run)
            .hasSize(1);
      }
    }
    assertThat(Files.readAllLines(ran)).isEqualTo(List.of("ran", "ran"));
    try (var files = Files.list(elsewhere)) {
      assertThat(files).as("nothing written where it ran").isEmpty();
    }
  }
}
