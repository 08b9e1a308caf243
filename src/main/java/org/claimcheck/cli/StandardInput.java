package org.claimcheck.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.regex.Pattern;
import org.claimcheck.error.ClaimcheckException;

/**
 * {@code -} among the data PATHS: standard input, copied to a private temporary file whose
 * extension says its syntax (claimcheck reads a file's syntax from its name), and named {@value
 * #SHOWN} in every message instead of that file. Its syntax is told from its start: JSON with
 * {@code "claims"} or {@code "article"} is a claims file, other JSON is JSON-LD, XML is RDF/XML, a
 * line of four terms is N-Quads, anything else TriG (which reads Turtle and N-Triples too).
 */
final class StandardInput {
  /** How standard input is named in messages, as grep names it. */
  static final String SHOWN = "(standard input)";

  private static final int SNIFFED = 1 << 16;
  private static final Pattern CLAIMS = Pattern.compile("\"(claims|article)\"\\s*:");
  private static final Pattern QUAD =
      Pattern.compile(
          "(?m)^\\s*(<[^>]*>|_:\\S+)\\s+<[^>]*>\\s+(\"(?:[^\"\\\\]|\\\\.)*\"(\\^\\^<[^>]*>|@[\\w-]+)?"
              + "|<[^>]*>|_:\\S+)\\s+(<[^>]*>|_:\\S+)\\s*\\.\\s*$");

  /** The spooled copy of standard input in this run, if {@code -} was named. */
  private static Path spooled;

  private StandardInput() {}

  /** {@code paths} with {@code -} replaced by a copy of standard input; at most one {@code -}. */
  static synchronized List<Path> resolve(List<Path> paths, InputStream in) {
    long dashes = paths.stream().filter(StandardInput::isDash).count();
    if (dashes == 0) {
      return paths;
    }
    if (dashes > 1) {
      throw ClaimcheckException.usage("- (standard input) can be named only once");
    }
    spooled = spool(in);
    return paths.stream().map(p -> isDash(p) ? spooled : p).toList();
  }

  private static boolean isDash(Path path) {
    return path.toString().equals("-");
  }

  /** {@code text} with the spooled file named as standard input. */
  static synchronized String shown(String text) {
    return spooled == null || text == null ? text : text.replace(spooled.toString(), SHOWN);
  }

  private static Path spool(InputStream in) {
    try {
      Path dir =
          Files.createTempDirectory(
              "claimcheck-stdin-",
              PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
      Path raw = dir.resolve("stdin");
      try (OutputStream out = Files.newOutputStream(raw)) {
        in.transferTo(out);
      }
      byte[] start;
      try (InputStream head = Files.newInputStream(raw)) {
        start = head.readNBytes(SNIFFED);
      }
      Path named = dir.resolve("stdin." + extension(new String(start, StandardCharsets.UTF_8)));
      Files.move(raw, named);
      named.toFile().deleteOnExit();
      dir.toFile().deleteOnExit();
      return named;
    } catch (IOException e) {
      throw ClaimcheckException.badInput(SHOWN + ": cannot read: " + e.getMessage());
    }
  }

  /** The extension of the syntax that {@code start}, the first bytes of a file, is written in. */
  static String extension(String start) {
    String text = start.stripLeading();
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1).stripLeading();
    }
    if (text.startsWith("{") || text.startsWith("[")) {
      return CLAIMS.matcher(text).find() ? "json" : "jsonld";
    }
    if (text.startsWith("<?xml") || text.startsWith("<rdf:RDF") || text.startsWith("<!DOCTYPE")) {
      return "rdf";
    }
    return QUAD.matcher(text).find() ? "nq" : "trig";
  }
}
