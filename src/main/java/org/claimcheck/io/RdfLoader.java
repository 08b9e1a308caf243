package org.claimcheck.io;

import static org.claimcheck.error.ClaimcheckException.badInput;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongConsumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.claimcheck.claimsjson.ClaimsImporter;
import org.claimcheck.claimsjson.Review;

/**
 * Reads RDF files strictly: paths are expanded by {@link RdfFiles#expand}, each file is parsed by
 * its extension, and anything wrong with a file (invalid UTF-8, an empty file, a syntax error, an
 * ill-formed literal, a JSON-LD {@code @context} to fetch) is a BAD_INPUT {@link
 * org.claimcheck.error.ClaimcheckException} whose message starts with {@code file:line:col:}.
 */
public final class RdfLoader {
  private RdfLoader() {}

  /** A new, empty in-memory graph of the kind claimcheck loads into ({@code GraphMem2}). */
  public static Graph newGraph() {
    return GraphMemFactory.createGraphMem2();
  }

  /**
   * The facts in {@code paths} and the bundled ontology, in one graph for validation. Facts are
   * read first, so a broken fact file is reported whatever the state of the bundled resources.
   */
  public static LoadedGraph loadWithOntology(List<Path> paths) {
    Graph graph = newGraph();
    List<Review> reviews = new ArrayList<>();
    List<Path> files;
    try (GraphFeeder feeder = new GraphFeeder(graph)) {
      files = readAll(paths, new QuadsAsTriples(feeder), reviews);
      feeder.awaitAll();
    }
    long factTriples = graph.size();
    Graph ontology = BundledResources.ontology();
    GraphUtil.addInto(graph, ontology);
    graph.getPrefixMapping().withDefaultMappings(ontology.getPrefixMapping());
    return new LoadedGraph(files, factTriples, graph, reviews);
  }

  /**
   * Adds the triples of every RDF file in {@code paths} to {@code graph}; the quads of N-Quads,
   * TriG and JSON-LD named graphs are added as triples. Prefixes declared in the files are added to
   * the graph's prefix mapping.
   *
   * @return the files read, in order
   */
  public static List<Path> readInto(Graph graph, List<Path> paths) {
    try (GraphFeeder feeder = new GraphFeeder(graph)) {
      List<Path> files = readAll(paths, new QuadsAsTriples(feeder), new ArrayList<>());
      feeder.awaitAll();
      return files;
    }
  }

  /**
   * Adds every RDF file in {@code paths} to {@code dataset}, keeping named graphs apart.
   *
   * @return the files read, in order
   */
  public static List<Path> readInto(DatasetGraph dataset, List<Path> paths) {
    return readAll(paths, StreamRDFLib.dataset(dataset), new ArrayList<>());
  }

  /** Hears how reading a list of files goes, for progress on large inputs. */
  public interface Progress {
    /** Nothing is heard. */
    Progress NONE = new Progress() {};

    /** {@code bytes} of the RDF file {@code file} have been read so far. */
    default void bytesRead(Path file, long bytes) {}

    /** {@code file} has been read whole. */
    default void done(Path file) {}
  }

  private static List<Path> readAll(List<Path> paths, StreamRDF sink, List<Review> reviews) {
    return readAll(RdfFiles.expand(paths), file -> sink, Progress.NONE, reviews);
  }

  /**
   * Reads {@code files}, each into {@code sinkFor.apply(file)}: the RDF files first, then the
   * claims files, whose names resolve against the bundled ontology, the RDF files and the claims
   * files before them (never against the working directory). The RDF is kept aside for that only
   * when there is a claims file to read. What reading each claims file noted goes to {@code
   * reviews}.
   *
   * @return {@code files}
   */
  public static List<Path> readAll(
      List<Path> files,
      Function<Path, StreamRDF> sinkFor,
      Progress progress,
      List<Review> reviews) {
    List<Path> claims =
        files.stream().filter(f -> ClaimsFiles.isClaimsFile(f.getFileName().toString())).toList();
    Graph known = claims.isEmpty() ? null : BundledResources.ontology();
    for (Path file : files) {
      if (!claims.contains(file)) {
        StreamRDF sink = sinkFor.apply(file);
        read(
            file,
            known == null ? sink : new Tee(sink, StreamRDFLib.graph(known)),
            bytes -> progress.bytesRead(file, bytes));
        progress.done(file);
      }
    }
    for (Path file : claims) {
      ClaimsImporter.Imported imported =
          ClaimsFiles.read(file, known, file.toAbsolutePath().getParent());
      emit(imported.graph(), sinkFor.apply(file));
      GraphUtil.addInto(known, imported.graph());
      reviews.add(imported.review());
      progress.done(file);
    }
    return files;
  }

  private static void emit(Graph graph, StreamRDF sink) {
    graph.getPrefixMapping().getNsPrefixMap().forEach(sink::prefix);
    graph.find().forEachRemaining(sink::triple);
  }

  /** Sends what it is given to two sinks. */
  private static final class Tee extends org.apache.jena.riot.system.StreamRDFWrapper {
    private final StreamRDF copy;

    Tee(StreamRDF sink, StreamRDF copy) {
      super(sink);
      this.copy = copy;
    }

    @Override
    public void triple(org.apache.jena.graph.Triple triple) {
      super.triple(triple);
      copy.triple(triple);
    }

    @Override
    public void quad(org.apache.jena.sparql.core.Quad quad) {
      super.quad(quad);
      copy.triple(quad.asTriple());
    }

    @Override
    public void prefix(String prefix, String iri) {
      super.prefix(prefix, iri);
      copy.prefix(prefix, iri);
    }
  }

  /** A new in-memory dataset holding every RDF file in {@code paths}. */
  public static DatasetGraph readDataset(List<Path> paths) {
    DatasetGraph dataset = DatasetGraphFactory.createGeneral();
    readInto(dataset, paths);
    return dataset;
  }

  /**
   * Parses one RDF file (not a claims file), its syntax chosen by its extension, into {@code sink};
   * {@code bytesRead} hears how many of its bytes have been read so far.
   */
  private static void read(Path file, StreamRDF sink, LongConsumer bytesRead) {
    Lang lang =
        RdfFiles.langOf(file.getFileName().toString())
            .orElseThrow(() -> badInput(file, -1, -1, "not an RDF file"));
    read(file, lang, sink, bytesRead);
  }

  /**
   * Parses one RDF file of {@code lang} into {@code sink}, streaming (never holding the file
   * whole); {@code bytesRead} hears how many bytes have been read so far, for progress.
   */
  static void read(Path file, Lang lang, StreamRDF sink, LongConsumer bytesRead) {
    String step = "reading " + file;
    long size = RdfFiles.size(file);
    org.claimcheck.work.Progress.update(step, 0, size, "bytes");
    StrictParser.parse(
        file.toString(),
        file.toAbsolutePath().toUri().toString(),
        () ->
            RdfFiles.open(
                file,
                bytes -> {
                  bytesRead.accept(bytes);
                  org.claimcheck.work.Progress.update(step, bytes, size, "bytes");
                }),
        lang,
        sink);
  }

  /** Sends quads on as triples, so that named graphs end up in one graph. */
  private static final class QuadsAsTriples extends StreamRDFWrapper {
    QuadsAsTriples(StreamRDF other) {
      super(other);
    }

    @Override
    public void quad(Quad quad) {
      triple(quad.asTriple());
    }
  }
}
