package org.claimcheck.rules;

import static org.claimcheck.error.ClaimcheckException.badInput;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.claimcheck.error.ClaimcheckException;
import org.claimcheck.error.Utf8;
import org.claimcheck.io.BundledResources;
import org.claimcheck.model.Category;
import org.claimcheck.model.RuleInfo;
import org.claimcheck.model.Severity;
import org.claimcheck.sparql.QuerySafety;
import org.claimcheck.sparql.QueryText;

/**
 * Reads rules: one SPARQL 1.1 SELECT query per {@code .rq} file, after a header of comment lines
 * {@code # key: value} with the keys {@code id}, {@code title}, {@code category}, {@code severity}
 * and {@code description} (indented comment lines continue the previous value).
 *
 * <p>Every rule is validated on load: strict SPARQL 1.1 syntax (errors as {@code file:line:col}), a
 * SELECT query projecting {@link Rule#REQUIRED_VARIABLES}, an {@code ORDER BY}, no {@code SERVICE},
 * a known category and severity, and an id no other rule has.
 */
public final class RuleLoader {
  /** Where the bundled rules sit on the classpath. */
  static final String BUNDLED = "ontology/rules";

  /**
   * The bundled rules' file names, one a line, written by the build (pom.xml): listing a directory
   * of the jar would open it as a zip file system, which reads every entry of the jar.
   */
  static final String INDEX = BUNDLED + "/index.txt";

  private static final List<String> HEADER_KEYS =
      List.of("id", "title", "category", "severity", "description");

  private RuleLoader() {}

  /**
   * The bundled rules followed by those in {@code extraDirs}, each set sorted by rule file name.
   */
  public static List<Rule> load(List<Path> extraDirs) {
    List<Rule> rules = new ArrayList<>(bundled());
    for (Path dir : extraDirs) {
      rules.addAll(fromDirectory(dir));
    }
    Map<String, String> seen = new HashMap<>();
    for (Rule rule : rules) {
      String earlier = seen.putIfAbsent(rule.info().id(), rule.info().source());
      if (earlier != null) {
        throw badInput(
            rule.info().source()
                + ": rule id '"
                + rule.info().id()
                + "' is already used by "
                + earlier);
      }
    }
    return List.copyOf(rules);
  }

  /** The rules shipped with claimcheck, sorted by rule file name. */
  public static List<Rule> bundled() {
    List<String> names =
        resource(INDEX)
            .lines()
            .map(String::strip)
            .filter(name -> !name.isEmpty())
            .sorted(Comparator.comparing(RuleLoader::stem))
            .toList();
    List<Rule> rules = new ArrayList<>();
    for (String name : names) {
      String source = BUNDLED + "/" + name;
      rules.add(parse(source, resource(source)));
    }
    return rules;
  }

  private static String resource(String name) {
    return Utf8.decode(name, BundledResources.bytes(name));
  }

  /** The {@code .rq} files directly in {@code dir}, sorted by name. */
  public static List<Rule> fromDirectory(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw badInput(dir + ": --rules must name a directory of .rq files");
    }
    try {
      List<Rule> rules = readAll(dir, dir + "/");
      if (rules.isEmpty()) {
        throw badInput(dir + ": no .rq rule files in this directory");
      }
      return rules;
    } catch (IOException e) {
      throw badInput(dir + ": cannot read: " + e.getMessage());
    }
  }

  private static List<Rule> readAll(Path dir, String sourcePrefix) throws IOException {
    List<Path> files;
    try (Stream<Path> list = Files.list(dir)) {
      files =
          list.filter(p -> p.getFileName().toString().endsWith(".rq"))
              .sorted(Comparator.comparing(RuleLoader::stem))
              .toList();
    }
    List<Rule> rules = new ArrayList<>();
    for (Path file : files) {
      String source = sourcePrefix + file.getFileName();
      try (InputStream in = Files.newInputStream(file)) {
        rules.add(parse(source, Utf8.decode(source, in.readAllBytes())));
      }
    }
    return rules;
  }

  private static String stem(Path file) {
    return stem(file.getFileName().toString());
  }

  private static String stem(String name) {
    return name.substring(0, name.length() - ".rq".length());
  }

  /** Parses and validates one rule; {@code source} names it in error messages. */
  public static Rule parse(String source, String text) {
    Map<String, String> header = header(source, text);
    Category category =
        Category.fromId(header.get("category"))
            .orElseThrow(() -> unknown(source, "category", header, ids(Category.values())));
    Severity severity =
        Severity.fromId(header.get("severity"))
            .orElseThrow(() -> unknown(source, "severity", header, ids(Severity.values())));
    Query query = query(source, text);
    RuleInfo info =
        new RuleInfo(
            header.get("id"),
            header.get("title"),
            category,
            severity,
            header.get("description"),
            source);
    return new Rule(info, query);
  }

  private static Query query(String source, String text) {
    Query query = QueryText.parse(source, text);
    if (!query.isSelectType()) {
      throw badInput(source + ": a rule must be a SELECT query");
    }
    List<String> projected = query.getResultVars();
    List<String> missing =
        Rule.REQUIRED_VARIABLES.stream().filter(v -> !projected.contains(v)).toList();
    if (!missing.isEmpty()) {
      throw badInput(
          source
              + ": the rule does not project "
              + missing.stream().map(v -> "?" + v).collect(Collectors.joining(" "))
              + " (every rule projects "
              + Rule.REQUIRED_VARIABLES.stream().map(v -> "?" + v).collect(Collectors.joining(" "))
              + ")");
    }
    if (!query.hasOrderBy()) {
      throw badInput(
          source + ": the rule has no ORDER BY (rules must give their rows in a fixed order)");
    }
    if (QuerySafety.usesService(query)) {
      throw badInput(source + ": rules may not use SERVICE (a rule must not reach other hosts)");
    }
    return query;
  }

  private static Map<String, String> header(String source, String text) {
    Map<String, String> header = new LinkedHashMap<>();
    String last = null;
    String[] lines = text.split("\n", -1);
    for (String raw : lines) {
      String line = raw.strip();
      if (!line.startsWith("#")) {
        break;
      }
      String body = line.substring(1).strip();
      int colon = body.indexOf(':');
      String key = colon > 0 ? body.substring(0, colon).strip() : "";
      if (raw.startsWith("# ") && !raw.startsWith("#  ") && HEADER_KEYS.contains(key)) {
        last = key;
        header.put(key, body.substring(colon + 1).strip());
      } else if (last != null && !body.isEmpty()) {
        header.merge(last, body, (old, more) -> old + " " + more);
      }
    }
    List<String> missing =
        HEADER_KEYS.stream().filter(k -> header.getOrDefault(k, "").isEmpty()).toList();
    if (!missing.isEmpty()) {
      throw badInput(
          source
              + ":1: the rule header lacks "
              + String.join(", ", missing)
              + " (start the file with comment lines '# id: ...', '# title: ...', '# category: ...',"
              + " '# severity: ...', '# description: ...')");
    }
    return header;
  }

  private static ClaimcheckException unknown(
      String source, String key, Map<String, String> header, String known) {
    return badInput(
        source
            + ": unknown "
            + key
            + " '"
            + header.get(key)
            + "' (expected one of: "
            + known
            + ")");
  }

  private static String ids(Enum<?>[] values) {
    return Arrays.stream(values)
        .map(v -> v instanceof Category c ? c.id() : ((Severity) v).id())
        .collect(Collectors.joining(", "));
  }
}
