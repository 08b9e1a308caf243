package org.claimcheck.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.claimcheck.claimsjson.ClaimsImporter;

/**
 * JSON claims files ({@code .json}) as a source of facts: what names in them resolve against, and
 * reading them into RDF with {@link ClaimsImporter}.
 *
 * <p>Names resolve against the bundled ontology and what else the same command reads: for {@code
 * check}, {@code validate}, {@code report} and {@code load}, every other file named on the command
 * line (RDF first, then the claims files before this one); for {@code claimcheck import}, the
 * shared {@code actors.ttl} and {@code places.ttl} of {@code --facts}. Never the working directory.
 * {@code .jsonld} stays JSON-LD.
 */
public final class ClaimsFiles {
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
   * The RDF of the claims file {@code file}, names resolved against {@link #known(Path)} of {@code
   * factsDir}, {@code cc:textFile} written relative to {@code rdfDir}.
   */
  public static ClaimsImporter.Imported read(Path file, Path factsDir, Path rdfDir) {
    return read(file, known(factsDir), rdfDir);
  }

  /**
   * The RDF of the claims file {@code file}, names resolved against {@code known}, and places that
   * it does not know against the bundled ISO 3166-2 subdivisions.
   */
  public static ClaimsImporter.Imported read(Path file, Graph known, Path rdfDir) {
    return ClaimsImporter.read(file, known, BundledResources::subdivisions, rdfDir);
  }
}
