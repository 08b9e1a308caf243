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

/**
 * Each package depends on no other claimcheck package than its {@code package-info.java} names in
 * its "Depends on ..." sentence (cli, the command line, may depend on any), and the packages
 * depend on each other without a cycle. The dependencies are read from the compiled classes by
 * the JDK's {@code jdeps}, so an import that is not used, or a use without an import, counts as
 * the code has it.
 */
class PackageDependenciesTest {
  private static final Path SOURCES = Path.of("src/main/java/org/claimcheck");
  private static final Path CLASSES = Path.of("target/classes");
  private static final Pattern DEPENDS_ON = Pattern.compile("(?is)depends on (.*?)(?:;|\\.\\s|\\.$)");
  private static final Pattern CODE = Pattern.compile("\\{@code (\\w+)}");

  @Test
  void everyPackageDependsOnlyOnWhatItsPackageInfoNames() throws IOException {
    Map<String, Set<String>> actual = actualDependencies();
    List<String> undeclared = new ArrayList<>();
    for (Map.Entry<String, Set<String>> entry : actual.entrySet()) {
      String pkg = entry.getKey();
      if (pkg.equals("cli")) {
        continue;
      }
      Set<String> stated = stated(pkg);
      for (String target : entry.getValue()) {
        if (!stated.contains(target)) {
          undeclared.add(pkg + " -> " + target + " (its package-info names " + stated + ")");
        }
      }
    }
    assertThat(undeclared).as("dependencies that no package-info states").isEmpty();
  }

  @Test
  void thePackagesHaveNoCycle() throws IOException {
    Map<String, Set<String>> actual = actualDependencies();
    for (String start : actual.keySet()) {
      assertThat(reachable(actual, start)).as("what %s reaches", start).doesNotContain(start);
    }
  }

  @Test
  void noPackageButCliDependsOnCli() throws IOException {
    actualDependencies().forEach((pkg, targets) -> {
      if (!pkg.equals("cli")) {
        assertThat(targets).as(pkg).doesNotContain("cli");
      }
    });
  }

  /** The claimcheck packages named in the "Depends on ..." sentences of a package-info. */
  private static Set<String> stated(String pkg) throws IOException {
    String text = Files.readString(SOURCES.resolve(pkg).resolve("package-info.java"));
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

  /** Package (relative to org.claimcheck) to the other claimcheck packages its classes use. */
  private static Map<String, Set<String>> actualDependencies() throws IOException {
    assertThat(CLASSES.resolve("org/claimcheck")).as("compiled classes").isDirectory();
    StringWriter out = new StringWriter();
    ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow();
    int code = jdeps.run(new PrintWriter(out), new PrintWriter(new StringWriter()),
        "-verbose:package", "-filter:none", "-e", "org\\.claimcheck\\..*", CLASSES.toString());
    assertThat(code).as("jdeps %s", out).isZero();
    Map<String, Set<String>> dependencies = new TreeMap<>();
    try (Stream<Path> packages = Files.list(CLASSES.resolve("org/claimcheck"))) {
      packages.filter(Files::isDirectory).forEach(p -> dependencies.put(p.getFileName().toString(), new TreeSet<>()));
    }
    Pattern edge = Pattern.compile("^\\s*org\\.claimcheck\\.(\\w+)\\s+->\\s+org\\.claimcheck\\.(\\w+)\\b", Pattern.MULTILINE);
    Matcher m = edge.matcher(out.toString());
    while (m.find()) {
      if (!m.group(1).equals(m.group(2))) {
        dependencies.computeIfAbsent(m.group(1), k -> new TreeSet<>()).add(m.group(2));
      }
    }
    assertThat(dependencies.get("cli")).as("jdeps found the packages' dependencies").contains("rules", "store");
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
}
