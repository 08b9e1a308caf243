package org.claimcheck.store;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Future;
import org.claimcheck.work.Workers;

/** Which store a command works on: fact files read into memory, a TDB2 directory or an endpoint. */
public sealed interface StoreSpec {
  /** Opens the store for reading; the caller closes it. */
  Store open();

  /**
   * This data, with fact files read on a background thread from now on, for a caller that has
   * other work to do before {@link #open()} (a check loads its rules first); open() then waits
   * for the reading and throws what it threw. A store is opened only when asked: once open it
   * holds a lock, which must not outlive a run that failed before asking.
   */
  default StoreSpec readingAhead() {
    return this;
  }

  /** RDF files and directories read into memory with the bundled ontology. */
  record InMemory(List<Path> paths) implements StoreSpec {
    /** Copies {@code paths}. */
    public InMemory {
      paths = List.copyOf(paths);
    }

    @Override
    public Store open() {
      return InMemoryStore.of(RdfLoader.loadWithOntology(paths).graph());
    }

    @Override
    public StoreSpec readingAhead() {
      return new ReadAhead(this);
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

  /** Fact files being read on a background thread (see {@link #readingAhead()}). */
  final class ReadAhead implements StoreSpec {
    private final Future<Store> reading;

    private ReadAhead(InMemory files) {
      reading = Workers.inBackground("claimcheck-read-ahead", files::open);
    }

    @Override
    public Store open() {
      return Workers.result(reading);
    }
  }
}
