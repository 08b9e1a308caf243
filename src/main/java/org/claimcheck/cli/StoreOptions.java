package org.claimcheck.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.claimcheck.error.ClaimcheckException;
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

  @Option(
      names = "--user",
      paramLabel = "NAME",
      description =
          "With --endpoint: log in as NAME (HTTP basic authentication), with the password read"
              + " from --password-file, else from the environment variable "
              + PASSWORD_VARIABLE
              + "; sent to the --endpoint host only, never shown.")
  String user;

  @Option(
      names = "--password-file",
      paramLabel = "FILE",
      description =
          "With --user: the password is the first line of FILE (so that it shows neither in ps"
              + " nor in the shell's history).")
  Path passwordFile;

  /** Where --user finds the password when no --password-file is given. */
  static final String PASSWORD_VARIABLE = "CLAIMCHECK_PASSWORD";

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
    return store.orElseGet(() -> new StoreSpec.InMemory(StandardInput.resolve(paths, System.in)));
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
    if ((user != null || passwordFile != null) && endpoint == null) {
      throw new ParameterException(
          spec.commandLine(), (user != null ? "--user" : "--password-file") + " needs --endpoint");
    }
    if (passwordFile != null && user == null) {
      throw new ParameterException(spec.commandLine(), "--password-file needs --user");
    }
    if (endpoint != null) {
      try {
        return Optional.of(
            new StoreSpec.Remote(
                user == null
                    ? Endpoint.parse(endpoint, updateUrl)
                    : Endpoint.parse(endpoint, updateUrl, user, password(spec))));
      } catch (Endpoint.BadUrl e) {
        throw new ParameterException(
            spec.commandLine(),
            (e.update() ? "--update-endpoint " : "--endpoint ") + e.getMessage());
      }
    }
    return Optional.empty();
  }

  /** The password of --user: the first line of --password-file, else the environment's. */
  private String password(CommandSpec spec) {
    if (passwordFile == null) {
      String password = System.getenv(PASSWORD_VARIABLE);
      if (password == null) {
        throw new ParameterException(
            spec.commandLine(),
            "--user needs a password: --password-file FILE, or the environment variable "
                + PASSWORD_VARIABLE);
      }
      return password;
    }
    try (BufferedReader reader = Files.newBufferedReader(passwordFile, StandardCharsets.UTF_8)) {
      String line = reader.readLine();
      return line == null ? "" : line;
    } catch (IOException e) {
      throw ClaimcheckException.badInput(
          passwordFile + ": cannot read the password: " + e.getMessage());
    }
  }

  /**
   * As {@link #resolve(CommandSpec, List, boolean)} for PATHS that are the command's positionals.
   */
  StoreSpec resolve(CommandSpec spec, List<Path> paths) {
    return resolve(
        spec, paths, !spec.commandLine().getParseResult().matchedPositionals().isEmpty());
  }
}
