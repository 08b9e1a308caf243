package org.claimcheck.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.claimcheck.claimsjson.ClaimsImporter;

/**
 * JSON claims files ({@code .json}) as a source of facts: what names in them resolve against,
 * and reading them into RDF with {@link ClaimsImporter}.
 *
 * <p>Names resolve against the bundled ontology and the shared {@code actors.ttl} and {@code
 * places.ttl} of a facts directory: the one given to {@code claimcheck import --facts}, and
 * {@link #DEFAULT_FACTS} (relative to the working directory) when a {@code .json} file is loaded
 * by {@code check} or {@code validate}. A facts directory without those files leaves only the
 * ontology and the file's own declarations. {@code .jsonld} stays JSON-LD.
 */
public final class ClaimsFiles {
  /** The facts directory used when none is given: {@code facts}, in the working directory. */
  public static final Path DEFAULT_FACTS = Path.of("facts");

  /** The shared files of a facts directory that names resolve against. */
  static final List<String> SHARED = List.of("actors.ttl", "places.ttl");

  private ClaimsFiles() {}

  /** Whether {@code name} is the name of a JSON claims file. */
  public static boolean isClaimsFile(String name) {
    return name.toLowerCase(Locale.ROOT).endsWith(".json");
  }

  /** The bundled ontology with the shared actors and places of {@code factsDir}, if it has them. */
  public static Graph known(Path factsDir) {
    Graph known = BundledResources.ontology();
    List<Path> shared = new ArrayList<>();
    for (String name : SHARED) {
      Path file = factsDir.resolve(name);
      if (Files.isRegularFile(file)) {
        shared.add(file);
      }
    }
    if (!shared.isEmpty()) {
      Graph facts = RdfLoader.newGraph();
      RdfLoader.readInto(facts, shared);
      GraphUtil.addInto(known, facts);
      known.getPrefixMapping().setNsPrefixes(facts.getPrefixMapping());
    }
    return known;
  }

  /**
   * The RDF of the claims file {@code file}, names resolved against {@link #known(Path)} of
   * {@code factsDir}, {@code cc:textFile} written relative to {@code rdfDir}.
   */
  public static Graph read(Path file, Path factsDir, Path rdfDir) {
    return ClaimsImporter.toGraph(file, known(factsDir), rdfDir);
  }
}
