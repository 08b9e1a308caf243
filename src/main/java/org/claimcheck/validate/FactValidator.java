package org.claimcheck.validate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.mem2.GraphMem2;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.engine.ValidationContext;
import org.apache.jena.shacl.parser.ShaclParseException;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.VLib;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.sparql.path.Path;
import org.claimcheck.error.ClaimcheckException;
import org.claimcheck.io.BundledResources;
import org.claimcheck.io.LoadedGraph;
import org.claimcheck.io.RdfLoader;
import org.claimcheck.io.SourcePositions;
import org.claimcheck.store.Store;
import org.claimcheck.store.StoreSpec;
import org.claimcheck.work.Progress;
import org.claimcheck.work.Workers;

/** Validates facts with Jena SHACL against the bundled shapes. */
public final class FactValidator {
  private static final int FOCUS_NODES_PER_TASK = 4096;

  /** Where Jena's SHACL jar (and so the shaded jar) says its version. */
  private static final String SHACL_VERSION =
      "META-INF/maven/org.apache.jena/jena-shacl/pom.properties";

  private FactValidator() {}

  /**
   * Reads the facts in {@code paths} with the bundled ontology and validates them against the
   * bundled shapes.
   *
   * @throws ClaimcheckException BAD_INPUT if a file or the bundled shapes cannot be read
   */
  public static ValidationRun validateFiles(List<java.nio.file.Path> paths) {
    LoadedGraph loaded = RdfLoader.loadWithOntology(paths);
    ValidationResult result =
        validate(
            BundledResources.shapes(),
            loaded.graph(),
            true,
            focusNodes -> SourcePositions.of(loaded.files(), focusNodes));
    return new ValidationRun(loaded.files(), loaded.factTriples(), result, loaded.reviews());
  }

  /**
   * Validates the data of {@code data}: fact files as {@link #validateFiles}, or everything in a
   * store (facts and ontology; no files are named, the triple count is the store's).
   */
  public static ValidationRun validate(StoreSpec data) {
    if (data instanceof StoreSpec.InMemory files) {
      return validateFiles(files.paths());
    }
    try (Store store = data.openToReadAll()) {
      return store.readAll(
          graph ->
              new ValidationRun(
                  List.of(), graph.size(), validateAndRecord(store, graph), List.of()));
    }
  }

  /**
   * Validates a store right after it was loaded, so that its checks need not: where the store keeps
   * a record of conformance (a TDB2 store small enough to be read into memory), validates all its
   * data and records a conforming result; otherwise reads nothing and returns empty (a larger store
   * is validated in place by each check, as before).
   */
  public static Optional<ValidationResult> validateToRecord(StoreSpec data) {
    try (Store store = data.openToReadAll()) {
      return validateToRecord(store);
    }
  }

  /** As {@link #validateToRecord(StoreSpec)}, over data already read ({@code load}'s own copy). */
  public static Optional<ValidationResult> validateToRecord(Store store) {
    if (store.conformanceRecord().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(store.readAll(graph -> validateAndRecord(store, graph)));
  }

  /**
   * Validates all the data of {@code store} against the bundled shapes, unless the store records
   * that exactly this content conforms to them ({@link Store#conformanceRecord}: a TDB2 store
   * validated by {@code load}, {@code validate} or an earlier check); records a conforming result.
   */
  public static ValidationResult validateUnlessRecorded(Store store) {
    if (store.conformanceRecord().filter(record -> record.holds(shapesKey())).isPresent()) {
      return new ValidationResult(
          true, List.of(), ValidationReport.reportConformsTrue().getGraph());
    }
    return store.readAll(graph -> validateAndRecord(store, graph));
  }

  /**
   * Validates {@code graph}, all of {@code store}'s data; records a conforming result where it can.
   */
  private static ValidationResult validateAndRecord(Store store, Graph graph) {
    ValidationResult result = validate(BundledResources.shapes(), graph);
    if (result.conforms()) {
      store.conformanceRecord().ifPresent(record -> record.record(shapesKey()));
    }
    return result;
  }

  /**
   * Names the validation a record vouches for: the bundled shapes (SHA-256 of their bytes) and the
   * version of Jena's SHACL engine that applied them. Computed once per process.
   */
  static String shapesKey() {
    return ShapesKey.VALUE;
  }

  /** Holds {@link #shapesKey()}, computed when first asked for. */
  private static final class ShapesKey {
    static final String VALUE = compute();

    private static String compute() {
      try {
        byte[] digest =
            MessageDigest.getInstance("SHA-256")
                .digest(BundledResources.bytes(BundledResources.SHAPES));
        Properties shacl = new Properties();
        shacl.load(new ByteArrayInputStream(BundledResources.bytes(SHACL_VERSION)));
        return HexFormat.of().formatHex(digest) + " jena-shacl " + shacl.getProperty("version");
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("the JDK lacks SHA-256", e);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * Validates {@code data} against the SHACL shapes in {@code shapesGraph}. Names are written with
   * the prefixes of {@code data}, then those of the shapes.
   *
   * @throws ClaimcheckException BAD_INPUT if the shapes are not valid SHACL
   */
  public static ValidationResult validate(Graph shapesGraph, Graph data) {
    return validate(shapesGraph, data, true);
  }

  /**
   * As {@link #validate(Graph, Graph)}; with {@code skipBundled}, the focus nodes that are bundled
   * terms exactly as bundled are not validated again ({@link
   * BundledResources#unchangedBundledTerm}), which saves a check the validation of the gazetteer
   * and the vocabulary; {@code BundledOntologyConformsTest} validates those.
   */
  static ValidationResult validate(Graph shapesGraph, Graph data, boolean skipBundled) {
    return validate(shapesGraph, data, skipBundled, focusNodes -> SourcePositions.none());
  }

  /**
   * As {@link #validate(Graph, Graph, boolean)}; {@code positions} tells, only when something
   * fails, where the statements about the failing focus nodes were written.
   */
  private static ValidationResult validate(
      Graph shapesGraph,
      Graph data,
      boolean skipBundled,
      Function<Set<Node>, SourcePositions> positions) {
    Shapes shapes;
    try {
      shapes = Shapes.parse(shapesGraph);
    } catch (ShaclParseException e) {
      throw ClaimcheckException.badInput(
          BundledResources.SHAPES + ": invalid SHACL: " + e.getMessage(), e);
    }
    List<ReportEntry> entries = entries(shapes, data, skipBundled);
    PrefixMapping prefixes =
        PrefixMapping.Factory.create()
            .setNsPrefixes(shapesGraph.getPrefixMapping())
            .setNsPrefixes(data.getPrefixMapping());
    SourcePositions where =
        entries.isEmpty()
            ? SourcePositions.none()
            : positions.apply(
                entries.stream()
                    .map(ReportEntry::focusNode)
                    .filter(n -> !n.isBlank())
                    .collect(Collectors.toSet()));
    Names names = new Names(data, PrefixMapFactory.create(prefixes), new Prologue(prefixes), where);
    List<Violation> violations = new ArrayList<>();
    for (ReportEntry entry : entries) {
      violations.add(names.violation(entry));
    }
    ValidationReport.Builder report = ValidationReport.create();
    report.addPrefixes(prefixes);
    entries.forEach(report::addReportEntry);
    return new ValidationResult(entries.isEmpty(), violations, report.build().getGraph());
  }

  /**
   * What Jena's plain validation reports, in its order (shape by shape, focus node by focus node);
   * over a graph in memory, the focus nodes (but bundled terms as bundled, with {@code
   * skipBundled}) are split into chunks validated side by side, one thread per core (a store's
   * graph can only be read in its transaction's thread).
   */
  private static List<ReportEntry> entries(Shapes shapes, Graph data, boolean skipBundled) {
    if (!(data instanceof GraphMem2)) {
      return List.copyOf(ShaclValidator.get().validate(shapes, data).getEntries());
    }
    List<Future<Collection<ReportEntry>>> chunks = new ArrayList<>();
    try (Workers workers = Workers.perCore()) {
      for (Shape shape : shapes.getTargetShapes()) {
        List<Node> focusNodes =
            VLib.focusNodes(data, shape).stream()
                .filter(n -> !skipBundled || !BundledResources.unchangedBundledTerm(n, data))
                .toList();
        for (int from = 0; from < focusNodes.size(); from += FOCUS_NODES_PER_TASK) {
          List<Node> chunk =
              focusNodes.subList(from, Math.min(from + FOCUS_NODES_PER_TASK, focusNodes.size()));
          chunks.add(workers.submit(() -> validate(shapes, data, shape, chunk)));
        }
      }
      List<ReportEntry> entries = new ArrayList<>();
      for (int i = 0; i < chunks.size(); i++) {
        Progress.update("validating against the shapes", i, chunks.size(), "parts");
        entries.addAll(Workers.result(chunks.get(i)));
      }
      return entries;
    }
  }

  private static Collection<ReportEntry> validate(
      Shapes shapes, Graph data, Shape shape, List<Node> focusNodes) {
    ValidationContext context = ValidationContext.create(shapes, data);
    for (Node focusNode : focusNodes) {
      VLib.validateShape(context, data, shape, focusNode);
    }
    return context.hasViolation() ? context.generateReport().getEntries() : List.of();
  }

  /** Renders nodes and paths of one data graph stably. */
  private record Names(
      Graph data, PrefixMap prefixes, Prologue prologue, SourcePositions positions) {
    Violation violation(ReportEntry entry) {
      String focus = node(entry.focusNode());
      String path = entry.resultPath() == null ? "" : path(entry.resultPath());
      String value = entry.value() == null ? "" : node(entry.value());
      String message =
          Optional.ofNullable(entry.message())
              .orElse("")
              .replace("{$this}", focus)
              .replace("{?this}", focus)
              .replace("{$value}", value)
              .replace("{?value}", value)
              .replace("{$path}", path)
              .replace("{?path}", path);
      Violation.Level severity =
          entry.severity() == null
              ? Violation.Level.VIOLATION
              : Violation.Level.of(entry.severity().level().getLocalName());
      Node predicate = entry.resultPath() instanceof P_Link link ? link.getNode() : null;
      String where = positions.of(entry.focusNode(), predicate, entry.value()).orElse("");
      return new Violation(focus, path, message, severity, value, where);
    }

    String path(Path path) {
      if (path instanceof P_Link link) {
        return node(link.getNode());
      }
      return path.toString(prologue);
    }

    String node(Node node) {
      if (!node.isBlank()) {
        return NodeFmtLib.str(node, prefixes);
      }
      // Blank node labels change from run to run: describe the node by a triple pointing to it.
      return data.find(Node.ANY, Node.ANY, node).toList().stream()
          .filter(t -> !t.getSubject().isBlank())
          .map(
              t ->
                  "["
                      + NodeFmtLib.str(t.getPredicate(), prefixes)
                      + " of "
                      + NodeFmtLib.str(t.getSubject(), prefixes)
                      + "]")
          .min(Comparator.naturalOrder())
          .orElseGet(() -> describeByContent(node));
    }

    private String describeByContent(Node node) {
      List<String> parts = new ArrayList<>();
      for (Triple t : data.find(node, Node.ANY, Node.ANY).toList()) {
        Node object = t.getObject();
        parts.add(
            NodeFmtLib.str(t.getPredicate(), prefixes)
                + " "
                + (object.isBlank() ? "[]" : NodeFmtLib.str(object, prefixes)));
      }
      parts.sort(Comparator.naturalOrder());
      return "[ " + String.join(" ; ", parts) + " ]";
    }
  }
}
