package org.claimcheck.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HexFormat;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;

/**
 * What a TDB2 directory remembers of a validation that found its data conforming: which shapes,
 * and a fingerprint of the exact content validated (the count of triples and a sum of their
 * hashes, independent of order). It lives in a file of its own beside TDB2's, so a later check
 * can skip SHACL when the data it reads has the same fingerprint. Any change to the data, made
 * by claimcheck or by another tool (Fuseki, tdb2.tdbupdate), changes the fingerprint, and the
 * record no longer holds; a record can therefore never vouch for data it did not see, only
 * fail to save a validation.
 */
public final class ConformanceRecord {
  static final String FILE = "claimcheck-conformance.txt";
  private static final String HEADER = "claimcheck conformance record 1";

  private final Path file;
  private final Graph data;
  private String fingerprint;

  /**
   * The record of the store in {@code dir} for the content {@code data}, a copy of all of it
   * that does not change; the fingerprint is taken when first needed.
   */
  ConformanceRecord(Path dir, Graph data) {
    this.file = dir.resolve(FILE);
    this.data = data;
  }

  /**
   * Whether the directory records that this content conforms to the shapes {@code shapesKey}
   * names (an opaque key, which the validator makes of the shapes and its version).
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
   * whole (written aside, then moved over it). A record that cannot be written only costs the
   * next check a validation, so a failure is ignored.
   */
  public void record(String shapesKey) {
    Path aside = file.resolveSibling(FILE + ".new");
    try {
      Files.write(aside, lines(shapesKey), StandardCharsets.UTF_8);
      try {
        Files.move(aside, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
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
   * The number of triples and the sum of a 64-bit mix of each triple's node hashes: the same for
   * the same set of triples in any order, different for almost any change.
   */
  static String fingerprint(Graph data) {
    long[] sum = {0};
    long[] count = {0};
    data.find().forEachRemaining(t -> {
      sum[0] += hash(t);
      count[0]++;
    });
    return count[0] + " " + HexFormat.of().toHexDigits(sum[0]);
  }

  private static long hash(Triple t) {
    long h = mix(t.getSubject().hashCode());
    h = mix(h ^ t.getPredicate().hashCode());
    return mix(h ^ t.getObject().hashCode());
  }

  /** SplitMix64's finaliser: spreads every input bit over the whole word. */
  private static long mix(long x) {
    x = (x ^ (x >>> 30)) * 0xbf58476d1ce4e5b9L;
    x = (x ^ (x >>> 27)) * 0x94d049bb133111ebL;
    return x ^ (x >>> 31);
  }
}
