package org.claimcheck.store;

import java.nio.file.Path;
import java.util.List;
import org.claimcheck.io.RdfLoader;

/** Which store a command works on: fact files read into memory, a TDB2 directory or an endpoint. */
public sealed interface StoreSpec {
  /** Opens the store for reading; the caller closes it. */
  Store open();

  /**
   * Opens the store for work that reads all of its data many times over (a check, a validation): a
   * local store that fits is read into memory ({@link Store#readIntoMemory}).
   */
  default Store openToReadAll() {
    return open().readIntoMemory(Store.inMemoryLimit());
  }

  /** RDF files and directories read into memory with the bundled ontology. */
  record InMemory(List<Path> paths) implements StoreSpec {
    /** Copies {@code paths}. */
    public InMemory {
      paths = List.copyOf(paths);
    }

    @Override
    public Store open() {
      return InMemoryStore.of(RdfLoader.loadWithOntology(paths));
    }
  }

  /** A TDB2 database in {@code dir}. */
  record Tdb2(Path dir) implements StoreSpec {
    @Override
    public Store open() {
      return Tdb2Store.open(dir, false);
    }
  }

  /** A SPARQL 1.1 server. */
  record Remote(Endpoint endpoint) implements StoreSpec {
    @Override
    public Store open() {
      return new RemoteStore(endpoint);
    }
  }
}
