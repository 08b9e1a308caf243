package org.claimcheck.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.claimcheck.claimsjson.Review;
import org.claimcheck.error.ClaimcheckException;
import org.claimcheck.io.BundledResources;
import org.claimcheck.io.RdfFiles;
import org.claimcheck.io.RdfLoader;

/**
 * {@code load}: puts RDF files into a TDB2 store or a remote one, all or nothing.
 *
 * <p>Every file is parsed first, strictly ({@link RdfLoader#read}), into memory; only then is the
 * store changed, in one transaction (one SPARQL Update request for an endpoint), so a parse error
 * anywhere leaves the store as it was. Where the triples go: with a graph IRI, everything goes to
 * that graph; otherwise triples go to {@link StoreGraphs#FACTS} and the named graphs of TriG,
 * N-Quads and JSON-LD files keep their names. With {@code replace}, each graph written is emptied
 * first. The bundled ontology is written to {@link StoreGraphs#ONTOLOGY}, replacing it.
 *
 * <p>Loading the same file twice adds nothing: RDF is a set, and each blank node is replaced by a
 * skolem IRI, {@link StoreGraphs#GENID} + a hash of the file's bytes + its number in order of
 * appearance, so the same content always gives the same IRIs. A changed file is reloaded with
 * {@code replace}.
 */
public final class StoreLoader {
  /** Inputs this large (in bytes) report progress. */
  private static final long LARGE = 8L << 20;

  /** A large input reports progress each time this many more bytes have been read. */
  private static final long PROGRESS_BYTES = 32L << 20;

  private StoreLoader() {}

  /**
   * Loads {@code paths} into {@code target} (a TDB2 store, created if missing, or an endpoint).
   *
   * @param graph the graph for all triples, if given
   * @param replace empty each graph written before writing it
   * @param progress hears progress lines, for large inputs only
   * @throws IllegalArgumentException if {@code target} is in memory
   */
  public static LoadResult load(
      StoreSpec target,
      List<Path> paths,
      Optional<String> graph,
      boolean replace,
      Consumer<String> progress) {
    List<Path> files = RdfFiles.expand(paths);
    Consumer<String> report = isLarge(files) ? progress : line -> {};
    DatasetGraph quads = DatasetGraphFactory.createGeneral();
    Optional<Node> into = graph.map(NodeFactory::createURI);
    List<Review> reviews = new ArrayList<>();
    RdfLoader.readAll(
        files,
        file ->
            new Skolemising(contentHash(file), new Targeting(into, StreamRDFLib.dataset(quads))),
        new RdfLoader.Progress() {
          private int done;
          private long reported;

          @Override
          public void bytesRead(Path file, long bytes) {
            if (bytes - reported >= PROGRESS_BYTES) {
              reported = bytes;
              report.accept(
                  "reading "
                      + file
                      + ": "
                      + (bytes >> 20)
                      + " of "
                      + (Math.max(0, RdfFiles.size(file)) >> 20)
                      + " MB");
            }
          }

          @Override
          public void done(Path file) {
            reported = 0;
            report.accept("parsed " + file + " (" + ++done + " of " + files.size() + " files)");
          }
        },
        reviews);
    long triples = quads.stream().count();
    Set<String> graphs = new TreeSet<>();
    quads.listGraphNodes().forEachRemaining(g -> graphs.add(g.getURI()));

    Set<Node> emptyFirst = new LinkedHashSet<>();
    if (replace) {
      graphs.forEach(g -> emptyFirst.add(StoreGraphs.node(g)));
    }
    Node ontologyGraph = StoreGraphs.node(StoreGraphs.ONTOLOGY);
    emptyFirst.add(ontologyGraph);
    // Its blank nodes (the owl:oneOf lists) become IRIs too, from each file's bytes: SPARQL
    // servers such as Virtuoso refuse blank nodes in INSERT DATA, and a blank node would be
    // written anew by every load.
    BundledResources.readOntology(
        (name, bytes) ->
            new Skolemising(
                contentHash(bytes),
                new Targeting(Optional.of(ontologyGraph), StreamRDFLib.dataset(quads))));
    long ontologySize = quads.getGraph(ontologyGraph).size();

    boolean created;
    try (WritableStore store = writable(target)) {
      created = store.created();
      store.write(quads, emptyFirst, report);
    }
    Optional<Store> stored =
        created
                && target instanceof StoreSpec.Tdb2 tdb2
                && triples + ontologySize <= Store.inMemoryLimit()
            ? Optional.of(Tdb2Store.inMemory(tdb2.dir(), quads))
            : Optional.empty();
    long drafts = reviews.stream().mapToLong(r -> r.drafts().size()).sum();
    return new LoadResult(files, triples, List.copyOf(graphs), ontologySize, drafts, stored);
  }

  private static WritableStore writable(StoreSpec target) {
    if (target instanceof StoreSpec.Tdb2 tdb2) {
      return Tdb2Store.open(tdb2.dir(), true);
    }
    if (target instanceof StoreSpec.Remote remote) {
      return new RemoteStore(remote.endpoint());
    }
    throw new IllegalArgumentException("load needs a TDB2 store or an endpoint, not " + target);
  }

  private static boolean isLarge(List<Path> files) {
    long bytes = 0;
    for (Path file : files) {
      long size = RdfFiles.size(file);
      if (size < 0) {
        return false; // reading the file reports the problem
      }
      bytes += size;
    }
    return bytes >= LARGE;
  }

  /** As {@link #contentHash(Path)}, of a bundled resource's bytes. */
  private static String contentHash(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK lacks SHA-256", e);
    }
  }

  private static String contentHash(Path file) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha256)) {
        in.transferTo(OutputStream.nullOutputStream()); // streamed: the file may be large
      }
      return HexFormat.of().formatHex(sha256.digest(), 0, 12);
    } catch (IOException e) {
      throw ClaimcheckException.badInput(file, -1, -1, "cannot read: " + e.getMessage());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK lacks SHA-256", e);
    }
  }

  /** Puts default-graph triples, or everything when a graph is given, in one named graph. */
  private static final class Targeting extends StreamRDFWrapper {
    private final Optional<Node> into;
    private final Node facts = StoreGraphs.node(StoreGraphs.FACTS);

    Targeting(Optional<Node> into, StreamRDF other) {
      super(other);
      this.into = into;
    }

    @Override
    public void triple(Triple triple) {
      super.quad(Quad.create(into.orElse(facts), triple));
    }

    @Override
    public void quad(Quad quad) {
      if (into.isPresent() || quad.isDefaultGraph()) {
        triple(quad.asTriple());
      } else {
        super.quad(quad);
      }
    }
  }

  /** Replaces blank nodes by IRIs made from the file's hash and the order they appear in. */
  private static final class Skolemising extends StreamRDFWrapper {
    private final String prefix;
    private final Map<Node, Node> iris = new HashMap<>();

    Skolemising(String fileHash, StreamRDF other) {
      super(other);
      this.prefix = StoreGraphs.GENID + fileHash + "-";
    }

    private Node skolem(Node node) {
      if (node == null || !node.isBlank()) {
        return node;
      }
      return iris.computeIfAbsent(node, n -> NodeFactory.createURI(prefix + (iris.size() + 1)));
    }

    @Override
    public void triple(Triple t) {
      super.triple(Triple.create(skolem(t.getSubject()), t.getPredicate(), skolem(t.getObject())));
    }

    @Override
    public void quad(Quad q) {
      super.quad(
          Quad.create(
              skolem(q.getGraph()),
              skolem(q.getSubject()),
              q.getPredicate(),
              skolem(q.getObject())));
    }
  }
}
