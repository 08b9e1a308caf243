package org.claimcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each package depends on no other claimcheck package than its {@code package-info.java} names in
 * its "Depends on ..." sentence, and the packages depend on each other without a cycle. The root
 * package, the facade, is named {@code claimcheck}. The dependencies are read from the compiled
 * classes by the JDK's {@code jdeps}, so an import that is not used, or a use without an import,
 * counts as the code has it. The last test plants a wrong-way import in a small compiled tree and
 * sees both checks fail on it.
 */
class PackageDependenciesTest {
  private static final Path SOURCES = Path.of("src/main/java/org/claimcheck");
  private static final Path CLASSES = Path.of("target/classes");
  private static final String ROOT = "claimcheck";
  private static final Pattern DEPENDS_ON =
      Pattern.compile("(?is)depends on (.*?)(?:;|\\.\\s|\\.$)");
  private static final Pattern CODE = Pattern.compile("\\{@code\\s+(\\w+)}");
  private static final Pattern EDGE =
      Pattern.compile(
          "^\\s*org\\.claimcheck(?:\\.([\\w.]+))?\\s+->\\s+org\\.claimcheck(?:\\.([\\w.]+))?\\s",
          Pattern.MULTILINE);

  @TempDir Path tmp;

  @Test
  void everyPackageDependsOnlyOnWhatItsPackageInfoNames() throws IOException {
    Map<String, Set<String>> actual = dependencies(CLASSES);
    assertThat(actual.get("cli"))
        .as("jdeps found the packages' dependencies")
        .contains(ROOT, "store");
    assertThat(undeclared(SOURCES, actual))
        .as("dependencies that no package-info states")
        .isEmpty();
  }

  @Test
  void thePackagesHaveNoCycle() throws IOException {
    assertThat(cycles(dependencies(CLASSES))).isEmpty();
  }

  @Test
  void noPackageButCliDependsOnCli() throws IOException {
    dependencies(CLASSES)
        .forEach(
            (pkg, targets) -> {
              if (!pkg.equals("cli")) {
                assertThat(targets).as(pkg).doesNotContain("cli");
              }
            });
  }

  @Test
  void checksThePathOfTheCheckCommandGoesDownThroughTheFacade() throws IOException {
    Map<String, Set<String>> actual = dependencies(CLASSES);
    assertThat(actual.get("rules")).doesNotContain("validate", ROOT, "report");
    assertThat(actual.get("store")).doesNotContain("rules", "validate", "claims", "report");
    assertThat(actual.get(ROOT)).doesNotContain("report", "cli");
  }

  @Test
  void aPlantedWrongWayImportFailsBothChecks() throws IOException {
    Path src = tmp.resolve("src/org/claimcheck");
    write(
        src.resolve("low/package-info.java"),
        "/** The bottom. Depends on the JDK only. */\npackage org.claimcheck.low;\n");
    write(
        src.resolve("low/Low.java"),
        "package org.claimcheck.low;\npublic class Low { public static int up() { return org.claimcheck.high.High.ONE; } }\n");
    write(
        src.resolve("high/package-info.java"),
        "/** The top. Depends on {@code low}. */\npackage org.claimcheck.high;\n");
    write(
        src.resolve("high/High.java"),
        "package org.claimcheck.high;\npublic class High { public static final int ONE = 1;"
            + " public int down() { return org.claimcheck.low.Low.up(); } }\n");
    Path classes = tmp.resolve("classes");
    int compiled =
        javax.tools.ToolProvider.getSystemJavaCompiler()
            .run(
                null,
                null,
                null,
                "-d",
                classes.toString(),
                src.resolve("low/Low.java").toString(),
                src.resolve("high/High.java").toString());
    assertThat(compiled).isZero();

    Map<String, Set<String>> planted = dependencies(classes);
    assertThat(planted).containsEntry("low", Set.of("high")).containsEntry("high", Set.of("low"));
    assertThat(undeclared(src, planted)).containsExactly("low -> high (its package-info names [])");
    assertThat(cycles(planted)).containsExactly("high reaches itself", "low reaches itself");
  }

  /** The dependencies no package-info states, as "from -> to (its package-info names [...])". */
  private static List<String> undeclared(Path sources, Map<String, Set<String>> actual)
      throws IOException {
    List<String> undeclared = new ArrayList<>();
    for (Map.Entry<String, Set<String>> entry : actual.entrySet()) {
      Set<String> stated = stated(sources, entry.getKey());
      for (String target : entry.getValue()) {
        if (!stated.contains(target)) {
          undeclared.add(
              entry.getKey() + " -> " + target + " (its package-info names " + stated + ")");
        }
      }
    }
    return undeclared;
  }

  private static List<String> cycles(Map<String, Set<String>> actual) {
    List<String> cycles = new ArrayList<>();
    for (String start : actual.keySet()) {
      if (reachable(actual, start).contains(start)) {
        cycles.add(start + " reaches itself");
      }
    }
    return cycles;
  }

  /** The claimcheck packages named in the "Depends on ..." sentences of a package-info. */
  private static Set<String> stated(Path sources, String pkg) throws IOException {
    Path dir = pkg.equals(ROOT) ? sources : sources.resolve(pkg.replace('.', '/'));
    String text = Files.readString(dir.resolve("package-info.java"));
    Set<String> named = new TreeSet<>();
    Matcher sentence = DEPENDS_ON.matcher(text.replaceAll("\\n\\s*\\*", " "));
    while (sentence.find()) {
      Matcher code = CODE.matcher(sentence.group(1));
      while (code.find()) {
        named.add(code.group(1));
      }
    }
    return named;
  }

  /**
   * Package (relative to org.claimcheck, such as {@code store} or {@code store.tdb2}; the root
   * package is {@link #ROOT}) to the other claimcheck packages its classes use, for the classes
   * under {@code classes}.
   */
  private static Map<String, Set<String>> dependencies(Path classes) throws IOException {
    assertThat(classes.resolve("org/claimcheck")).as("compiled classes").isDirectory();
    StringWriter out = new StringWriter();
    ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow();
    int code =
        jdeps.run(
            new PrintWriter(out),
            new PrintWriter(new StringWriter()),
            "-verbose:package",
            "-filter:none",
            "-e",
            "org\\.claimcheck(\\..*)?",
            classes.toString());
    assertThat(code).as("jdeps %s", out).isZero();
    Map<String, Set<String>> dependencies = new TreeMap<>();
    try (Stream<Path> packages = Files.list(classes.resolve("org/claimcheck"))) {
      packages
          .filter(Files::isDirectory)
          .forEach(p -> dependencies.put(p.getFileName().toString(), new TreeSet<>()));
    }
    Matcher m = EDGE.matcher(out.toString());
    while (m.find()) {
      String from = m.group(1) == null ? ROOT : m.group(1);
      String to = m.group(2) == null ? ROOT : m.group(2);
      if (!from.equals(to)) {
        dependencies.computeIfAbsent(from, k -> new TreeSet<>()).add(to);
      }
    }
    return dependencies;
  }

  private static Set<String> reachable(Map<String, Set<String>> graph, String start) {
    Set<String> seen = new TreeSet<>();
    List<String> queue = new ArrayList<>(graph.getOrDefault(start, Set.of()));
    while (!queue.isEmpty()) {
      String next = queue.remove(queue.size() - 1);
      if (seen.add(next)) {
        queue.addAll(graph.getOrDefault(next, Set.of()));
      }
    }
    return seen;
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
