package org.claimcheck.io;

import static org.claimcheck.error.ClaimcheckException.badInput;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.riot.Lang;

/**
 * Which files are RDF and in which syntax, decided by file extension alone.
 *
 * <p>Known extensions: {@code .ttl .nt .nq .trig .rdf .owl .jsonld}, and {@code .json} for JSON
 * claims files ({@link ClaimsFiles}), which are read as RDF too.
 */
public final class RdfFiles {
  private static final Map<String, Lang> LANGS =
      Map.of(
          "ttl", Lang.TURTLE,
          "nt", Lang.NTRIPLES,
          "nq", Lang.NQUADS,
          "trig", Lang.TRIG,
          "rdf", Lang.RDFXML,
          "owl", Lang.RDFXML,
          "jsonld", Lang.JSONLD);

  private RdfFiles() {}

  /** The syntax of a file or resource named {@code name}, if its extension is a known one. */
  public static Optional<Lang> langOf(String name) {
    int dot = name.lastIndexOf('.');
    if (dot < 0) {
      return Optional.empty();
    }
    return Optional.ofNullable(LANGS.get(name.substring(dot + 1).toLowerCase(Locale.ROOT)));
  }

  /**
   * Whether Jena's parser of {@code lang} tells where each triple was written (the text syntaxes).
   */
  static boolean hasPositions(Lang lang) {
    return lang.equals(Lang.TURTLE)
        || lang.equals(Lang.TRIG)
        || lang.equals(Lang.NTRIPLES)
        || lang.equals(Lang.NQUADS);
  }

  /**
   * The RDF files named by {@code paths}, in the order given: a directory stands for the RDF files
   * below it (recursively, sorted by path; other files are skipped), a file for itself.
   *
   * @throws org.claimcheck.error.ClaimcheckException BAD_INPUT if a path does not exist, a file
   *     named directly has no known RDF extension, or no RDF file is found at all
   */
  public static List<Path> expand(List<Path> paths) {
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        files.addAll(walk(path));
      } else if (Files.isRegularFile(path)) {
        if (!readable(path)) {
          throw badInput(path, -1, -1, "not an RDF file (known extensions: " + extensions() + ")");
        }
        files.add(path);
      } else {
        throw badInput(path, -1, -1, whyNotAFile(path));
      }
    }
    if (files.isEmpty()) {
      throw badInput("no RDF files found in " + paths);
    }
    return List.copyOf(files);
  }

  /** Why {@code path}, neither a directory nor a regular file, cannot be read as one. */
  private static String whyNotAFile(Path path) {
    Path link = path;
    for (int hops = 0; Files.isSymbolicLink(link); hops++) {
      if (hops == MAX_LINKS) {
        return "symbolic link loop";
      }
      try {
        link = link.resolveSibling(Files.readSymbolicLink(link));
      } catch (IOException e) {
        return "cannot read the symbolic link: " + e.getMessage();
      }
    }
    if (!Files.exists(link, LinkOption.NOFOLLOW_LINKS)) {
      return link.equals(path)
          ? "no such file or directory"
          : "a symbolic link to nothing (" + link + ")";
    }
    return "not a regular file (a device, a FIFO or a socket); name a file or a directory";
  }

  /** As many symbolic links as Linux follows before it reports a loop. */
  private static final int MAX_LINKS = 40;

  private static List<Path> walk(Path dir) {
    try (Stream<Path> stream = Files.walk(dir)) {
      return stream.filter(Files::isRegularFile).filter(RdfFiles::readable).sorted().toList();
    } catch (IOException | UncheckedIOException e) {
      throw badInput(dir, -1, -1, "cannot list directory: " + e.getMessage());
    }
  }

  private static boolean readable(Path file) {
    String name = file.getFileName().toString();
    return langOf(name).isPresent() || ClaimsFiles.isClaimsFile(name);
  }

  private static String extensions() {
    return String.join(" ", LANGS.keySet().stream().sorted().map(e -> "." + e).toList())
        + ", .json for claims";
  }
}
