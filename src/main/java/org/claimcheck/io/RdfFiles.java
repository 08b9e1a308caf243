package org.claimcheck.io;

import static org.claimcheck.error.ClaimcheckException.badInput;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongConsumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.apache.jena.riot.Lang;

/**
 * Which files are RDF and in which syntax, decided by file extension alone, and how they are
 * opened.
 *
 * <p>Known extensions: {@code .ttl .nt .nq .trig .rdf .owl .jsonld}, each also compressed with gzip
 * or bzip2 ({@code .ttl.gz}, {@code .nt.bz2}), and {@code .json} for JSON claims files ({@link
 * ClaimsFiles}), which are read as RDF too.
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

  /**
   * The syntax of a file or resource named {@code name}, if its extension is a known one, after a
   * compression's extension ({@code .gz}, {@code .bz2}).
   */
  public static Optional<Lang> langOf(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (String compressed : COMPRESSIONS) {
      if (lower.endsWith(compressed)) {
        return langOf(name.substring(0, name.length() - compressed.length()));
      }
    }
    int dot = name.lastIndexOf('.');
    if (dot < 0) {
      return Optional.empty();
    }
    return Optional.ofNullable(LANGS.get(name.substring(dot + 1).toLowerCase(Locale.ROOT)));
  }

  /**
   * Opens {@code file} for reading, decompressed when its name ends in {@code .gz} or {@code .bz2},
   * buffered; {@code bytesRead} hears how many bytes of the file (compressed, as {@link Files#size}
   * counts them) have been read so far.
   */
  public static InputStream open(Path file, LongConsumer bytesRead) throws IOException {
    InputStream raw = new CountingInputStream(Files.newInputStream(file), bytesRead);
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    try {
      if (name.endsWith(".gz")) {
        return new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16);
      }
      if (name.endsWith(".bz2")) {
        return new BufferedInputStream(
            new BZip2CompressorInputStream(new BufferedInputStream(raw, 1 << 16)), 1 << 16);
      }
    } catch (IOException e) {
      raw.close();
      throw new IOException(
          "not " + (name.endsWith(".gz") ? "gzip" : "bzip2") + " data: " + e.getMessage(), e);
    }
    return new BufferedInputStream(raw, 1 << 16);
  }

  private static final List<String> COMPRESSIONS = List.of(".gz", ".bz2");

  /** The size of {@code file} in bytes, or -1 when it cannot be told (reading it says why). */
  public static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return -1;
    }
  }

  /** Tells how many bytes have gone through. */
  private static final class CountingInputStream extends FilterInputStream {
    private final LongConsumer bytesRead;
    private long count;

    CountingInputStream(InputStream in, LongConsumer bytesRead) {
      super(in);
      this.bytesRead = bytesRead;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        bytesRead.accept(++count);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count += n;
        bytesRead.accept(count);
      }
      return n;
    }
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
        + ", each also .gz or .bz2, and .json for claims";
  }
}
