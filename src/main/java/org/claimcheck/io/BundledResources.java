package org.claimcheck.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.BiFunction;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;

/**
 * The ontology and SHACL shapes bundled in the jar (the repository's {@code ontology/} folder on
 * the classpath), parsed as strictly as user files; an error names the resource.
 *
 * <p>A missing resource is a packaging bug and throws {@link IllegalStateException}.
 */
public final class BundledResources {
  /**
   * Classpath names of the ontology: the core terms, the event vocabulary and the world gazetteer,
   * read together as one graph.
   */
  public static final List<String> ONTOLOGY =
      List.of("ontology/claimcheck.ttl", "ontology/events.ttl", "ontology/world.ttl");

  /**
   * Classpath name of the first-level subdivisions of ISO 3166-2 (3,715 places): not part of the
   * ontology, which every command reads, but looked up when a claims file names a place that
   * nothing else knows.
   */
  public static final String SUBDIVISIONS = "ontology/world-subdivisions.ttl";

  /** Classpath name of the SHACL shapes for facts. */
  public static final String SHAPES = "ontology/shapes.ttl";

  /** Base IRI for relative IRIs in bundled resources. */
  private static final String BASE = "https://w3id.org/claimcheck";

  private BundledResources() {}

  private static Graph parsed;
  private static Graph subdivisions;

  /** A new graph holding the bundled ontology, all of its files (parsed once per process). */
  public static Graph ontology() {
    Graph copy = RdfLoader.newGraph();
    Graph ontology = parsedOntology();
    GraphUtil.addInto(copy, ontology);
    copy.getPrefixMapping().setNsPrefixes(ontology.getPrefixMapping());
    return copy;
  }

  /**
   * Whether the node {@code node} of {@code data} is a bundled term exactly as bundled: {@code
   * data} says nothing more of it than the ontology does (the bundled ontology is validated by its
   * own test, so a check need not validate it again).
   */
  public static boolean unchangedBundledTerm(Node node, Graph data) {
    Graph ontology = parsedOntology();
    if (!ontology.contains(node, Node.ANY, Node.ANY)) {
      return false;
    }
    return data.stream(node, Node.ANY, Node.ANY).count()
        == ontology.stream(node, Node.ANY, Node.ANY).count();
  }

  private static synchronized Graph parsedOntology() {
    if (parsed == null) {
      Graph graph = RdfLoader.newGraph();
      StreamRDF into = StreamRDFLib.graph(graph);
      readOntology((name, bytes) -> into);
      parsed = graph;
    }
    return parsed;
  }

  /**
   * The ISO 3166-2 subdivisions ({@link #SUBDIVISIONS}), parsed once per process; not to be
   * changed.
   */
  public static synchronized Graph subdivisions() {
    if (subdivisions == null) {
      subdivisions = graph(SUBDIVISIONS);
    }
    return subdivisions;
  }

  /**
   * Parses each file of the bundled ontology, in order, into the sink that {@code sinkFor} gives
   * for its classpath name and bytes (as {@link #ontology()} does into one graph).
   */
  public static void readOntology(BiFunction<String, byte[], StreamRDF> sinkFor) {
    for (String name : ONTOLOGY) {
      byte[] bytes = bytes(name);
      StrictParser.parse(name, BASE, bytes, Lang.TURTLE, sinkFor.apply(name, bytes));
    }
  }

  /** A new graph holding the bundled SHACL shapes. */
  public static Graph shapes() {
    return graph(SHAPES);
  }

  /** A new graph holding the bundled Turtle resource {@code name}. */
  static Graph graph(String name) {
    Graph graph = RdfLoader.newGraph();
    StrictParser.parse(name, BASE, bytes(name), Lang.TURTLE, StreamRDFLib.graph(graph));
    return graph;
  }

  /** The bytes of the bundled resource {@code name} (a classpath name). */
  public static byte[] bytes(String name) {
    try (InputStream in = BundledResources.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("bundled resource missing from the classpath: " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled resource " + name, e);
    }
  }
}
