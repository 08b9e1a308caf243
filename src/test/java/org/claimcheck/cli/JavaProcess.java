package org.claimcheck.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts {@code claimcheck} (or another main class of the test classpath) in a new JVM. */
final class JavaProcess {
  private JavaProcess() {}

  /** A builder for {@code java -cp <test classpath> mainClass args...}. */
  static ProcessBuilder builder(String mainClass, List<String> args) {
    return builder(List.of(), mainClass, args);
  }

  /** A builder for {@code java jvmOptions... -cp <test classpath> mainClass args...}. */
  static ProcessBuilder builder(List<String> jvmOptions, String mainClass, List<String> args) {
    String classpath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(classpath);
    command.add(mainClass);
    command.addAll(args);
    return new ProcessBuilder(command);
  }

  /** Runs claimcheck in a new JVM and waits for it. */
  static CliRun claimcheck(String... args) throws IOException, InterruptedException {
    Process process = builder(Main.class.getName(), List.of(args)).start();
    process.getOutputStream().close();
    byte[] out = process.getInputStream().readAllBytes();
    byte[] err = process.getErrorStream().readAllBytes();
    int code = process.waitFor();
    return new CliRun(
        List.of(args),
        code,
        new String(out, java.nio.charset.StandardCharsets.UTF_8),
        new String(err, java.nio.charset.StandardCharsets.UTF_8));
  }
}
