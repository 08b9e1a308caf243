package org.claimcheck.cli;

import java.nio.file.Path;
import java.util.List;
import org.claimcheck.store.StoreSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;

/**
 * Where the data of {@code validate}, {@code check} and {@code report} is: fact PATHS read in
 * memory, or the store named by {@code --store} or {@code --endpoint}.
 */
final class DataOptions {
  @Mixin StoreOptions store;

  @Parameters(
      paramLabel = "PATHS",
      arity = "0..*",
      defaultValue = "facts",
      description =
          "RDF files (also gzip or bzip2: .ttl.gz, .nt.bz2), JSON claims files, or directories of"
              + " them; - reads standard input (default: ${DEFAULT-VALUE}).")
  List<Path> paths;

  /** The store given, else the fact PATHS. */
  StoreSpec resolve(CommandSpec spec) {
    return store.resolve(spec, paths);
  }
}
