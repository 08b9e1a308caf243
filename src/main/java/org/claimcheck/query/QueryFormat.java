package org.claimcheck.query;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The formats a query result can be written in; which ones fit depends on the query form. */
public enum QueryFormat {
  /** Aligned text, for people (SELECT, ASK). */
  TABLE(false),
  /** W3C SPARQL 1.1 CSV results. */
  CSV(false),
  /** W3C SPARQL 1.1 TSV results. */
  TSV(false),
  /** W3C SPARQL 1.1 JSON results. */
  JSON(false),
  /** W3C SPARQL XML results. */
  XML(false),
  /** Turtle (CONSTRUCT, DESCRIBE). */
  TURTLE(true),
  /** N-Triples, one triple a line, sorted. */
  NTRIPLES(true),
  /** JSON-LD. */
  JSONLD(true);

  private final boolean forGraphs;

  QueryFormat(boolean forGraphs) {
    this.forGraphs = forGraphs;
  }

  /** The lower-case name used on the command line. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** True for the formats of CONSTRUCT and DESCRIBE results, false for SELECT and ASK. */
  public boolean forGraphs() {
    return forGraphs;
  }

  /** The format called {@code id}, in any case. */
  public static Optional<QueryFormat> fromId(String id) {
    return Arrays.stream(values())
        .filter(f -> f.id().equals(id.toLowerCase(Locale.ROOT)))
        .findFirst();
  }

  /** The formats for graphs, or for rows and booleans. */
  static List<QueryFormat> all(boolean forGraphs) {
    return Arrays.stream(values()).filter(f -> f.forGraphs == forGraphs).toList();
  }
}
