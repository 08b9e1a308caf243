package org.claimcheck.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * What a TDB2 directory remembers of a validation that found its data conforming: which shapes, and
 * a fingerprint of the exact content validated (the count of triples and a sum of their SHA-256
 * digests, independent of order). It lives in a file of its own beside TDB2's, so a later check can
 * skip SHACL when the data it reads has the same fingerprint. Any change to the data, made by
 * claimcheck or by another tool (Fuseki, tdb2.tdbupdate), changes the fingerprint, and the record
 * no longer holds; a record can therefore never vouch for data it did not see, only fail to save a
 * validation.
 */
public final class ConformanceRecord {
  static final String FILE = "claimcheck-conformance.txt";
  private static final String HEADER = "claimcheck conformance record 2";

  /**
   * Parts summed side by side: more than the cores, so that an uneven part does not hold the rest.
   */
  private static final int PARTS = 16;

  private final Path file;
  private final Graph data;
  private String fingerprint;

  /**
   * The record of the store in {@code dir} for the content {@code data}, a copy of all of it that
   * does not change; the fingerprint is taken when first needed.
   */
  ConformanceRecord(Path dir, Graph data) {
    this.file = dir.resolve(FILE);
    this.data = data;
  }

  /**
   * Whether the directory records that this content conforms to the shapes {@code shapesKey} names
   * (an opaque key, which the validator makes of the shapes and its version).
   */
  public boolean holds(String shapesKey) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8).equals(lines(shapesKey));
    } catch (IOException | UncheckedIOException e) {
      return false; // no record, or an unreadable one: validate
    }
  }

  /**
   * Records that this content conforms to the shapes {@code shapesKey} names, replacing the file
   * whole (written aside, then moved over it). A record that cannot be written only costs the next
   * check a validation, so a failure is ignored.
   */
  public void record(String shapesKey) {
    Path aside = file.resolveSibling(FILE + ".new");
    try {
      Files.write(aside, lines(shapesKey), StandardCharsets.UTF_8);
      try {
        Files.move(
            aside, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(aside, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      try {
        Files.deleteIfExists(aside);
      } catch (IOException ignored) {
        // nothing more to do: the record is an optimisation
      }
    }
  }

  private synchronized List<String> lines(String shapesKey) {
    if (fingerprint == null) {
      fingerprint = fingerprint(data);
    }
    return List.of(HEADER, "shapes " + shapesKey, "content " + fingerprint);
  }

  /**
   * The number of triples and the sum, modulo 2^256, of each triple's SHA-256 over an unambiguous
   * form of its three nodes: the same for the same set of triples in any order, and a different set
   * gives the same sum only by finding a collision of SHA-256 sums (node hash codes would not do:
   * "Aa" and "BB" share one).
   */
  static String fingerprint(Graph data) {
    List<Triple> triples = data.find().toList();
    // Order does not matter, so the triples are summed in parts side by side; SHA-256 is most of
    // the cost (about 1 s a million triples on one core).
    long[] sum =
        IntStream.range(0, PARTS)
            .parallel()
            .mapToObj(
                part ->
                    sumOf(
                        triples.subList(
                            part * triples.size() / PARTS, (part + 1) * triples.size() / PARTS)))
            .reduce(
                new long[4],
                (a, b) -> {
                  long[] both = a.clone();
                  add(both, b);
                  return both;
                });
    HexFormat hex = HexFormat.of();
    return triples.size()
        + " "
        + hex.toHexDigits(sum[3])
        + hex.toHexDigits(sum[2])
        + hex.toHexDigits(sum[1])
        + hex.toHexDigits(sum[0]);
  }

  private static long[] sumOf(List<Triple> triples) {
    MessageDigest sha256 = sha256();
    long[] sum = new long[4];
    long[] word = new long[4];
    StringBuilder form = new StringBuilder();
    for (Triple t : triples) {
      form.setLength(0);
      append(form, t.getSubject());
      append(form, t.getPredicate());
      append(form, t.getObject());
      ByteBuffer digest =
          ByteBuffer.wrap(sha256.digest(form.toString().getBytes(StandardCharsets.UTF_8)));
      for (int limb = 3; limb >= 0; limb--) {
        word[limb] = digest.getLong(); // big-endian: the most significant word comes first
      }
      add(sum, word);
    }
    return sum;
  }

  /** A node as its kind and its parts, each part preceded by its length. */
  private static void append(StringBuilder form, Node node) {
    if (node.isURI()) {
      part(form.append('U'), node.getURI());
    } else if (node.isBlank()) {
      part(form.append('B'), node.getBlankNodeLabel());
    } else if (node.isLiteral()) {
      part(
          part(part(form.append('L'), node.getLiteralLexicalForm()), node.getLiteralLanguage()),
          node.getLiteralDatatypeURI());
    } else {
      part(form.append('O'), node.toString());
    }
  }

  private static StringBuilder part(StringBuilder form, String text) {
    return form.append(text.length()).append(':').append(text);
  }

  /**
   * Adds {@code word} to {@code sum}, both 256-bit numbers as four 64-bit words, low word first.
   */
  private static void add(long[] sum, long[] word) {
    long carry = 0;
    for (int limb = 0; limb < 4; limb++) {
      long before = sum[limb];
      long after = before + word[limb] + carry;
      int order = Long.compareUnsigned(after, before);
      carry = order < 0 || (carry == 1 && order == 0) ? 1 : 0;
      sum[limb] = after;
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK lacks SHA-256", e);
    }
  }
}
