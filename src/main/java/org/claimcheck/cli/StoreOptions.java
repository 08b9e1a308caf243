package org.claimcheck.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.claimcheck.store.Endpoint;
import org.claimcheck.store.StoreSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code --store DIR} and {@code --endpoint URL}, shared by the commands that read or write data:
 * where the data lives instead of fact files. The two are mutually exclusive, and neither goes with
 * fact PATHS (the data is in the store).
 */
final class StoreOptions {
  @Option(
      names = "--store",
      paramLabel = "DIR",
      description = "Use the TDB2 store in DIR (see 'claimcheck load') instead of fact files.")
  Path store;

  @Option(
      names = "--endpoint",
      paramLabel = "URL",
      description =
          "Use the SPARQL 1.1 endpoint at URL (such as a Fuseki dataset) instead of fact files:"
              + " http or https, no query string; a user:password@ in it is sent to that host only."
              + " Redirects are followed only for queries to the same scheme, host and port.")
  String endpoint;

  /**
   * The data to read: the store given, else the fact files {@code paths}.
   *
   * @param pathsGiven whether PATHS were given on the command line (not just defaulted)
   */
  StoreSpec resolve(CommandSpec spec, List<Path> paths, boolean pathsGiven) {
    Optional<StoreSpec> store = store(spec, Optional.empty());
    if (store.isPresent() && pathsGiven) {
      throw new ParameterException(
          spec.commandLine(),
          "fact PATHS cannot be combined with --store or --endpoint (the data is in the store)");
    }
    return store.orElseGet(() -> new StoreSpec.InMemory(paths));
  }

  /** The store given, if any; {@code updateUrl} is the endpoint's update URL, if given. */
  Optional<StoreSpec> store(CommandSpec spec, Optional<String> updateUrl) {
    if (store != null && endpoint != null) {
      throw new ParameterException(
          spec.commandLine(), "--store and --endpoint cannot be used together");
    }
    if (store != null) {
      return Optional.of(new StoreSpec.Tdb2(store));
    }
    if (endpoint != null) {
      try {
        return Optional.of(new StoreSpec.Remote(Endpoint.parse(endpoint, updateUrl)));
      } catch (Endpoint.BadUrl e) {
        throw new ParameterException(
            spec.commandLine(),
            (e.update() ? "--update-endpoint " : "--endpoint ") + e.getMessage());
      }
    }
    return Optional.empty();
  }

  /**
   * As {@link #resolve(CommandSpec, List, boolean)} for PATHS that are the command's positionals.
   */
  StoreSpec resolve(CommandSpec spec, List<Path> paths) {
    return resolve(
        spec, paths, !spec.commandLine().getParseResult().matchedPositionals().isEmpty());
  }
}
