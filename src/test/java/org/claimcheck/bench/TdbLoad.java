package org.claimcheck.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.claimcheck.store.BundledResources;
import org.claimcheck.store.RdfLoader;

/**
 * Bench-only: loads RDF files and the bundled ontology into the default graph of a TDB2 database
 * in one write transaction (crash-safe, unlike the phased bulk loader), as {@code bench/run.sh}
 * measures loading until {@code claimcheck load --store} exists. Usage: {@code TdbLoad DIR
 * FILE...}.
 */
public final class TdbLoad {
  private TdbLoad() {}

  public static void main(String[] args) {
    JenaSystem.init();
    DatasetGraph dataset = TDB2Factory.connectDataset(args[0]).asDatasetGraph();
    List<Path> files = Arrays.stream(args).skip(1).map(Path::of).toList();
    long start = System.nanoTime();
    Txn.executeWrite(
        dataset,
        () -> {
          Graph graph = dataset.getDefaultGraph();
          RdfLoader.readInto(graph, files);
          BundledResources.ontology().find().forEachRemaining(graph::add);
        });
    long triples = Txn.calculateRead(dataset, () -> dataset.getDefaultGraph().size());
    System.err.printf("timing: %-28s %8d ms%n", "tdb2 load", (System.nanoTime() - start) / 1_000_000);
    System.err.printf("loaded %d triples%n", triples);
  }
}
