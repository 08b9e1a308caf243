package org.claimcheck.query;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.exec.RowSetRewindable;

/** Writes a {@link QueryResult} in a {@link QueryFormat}; the format fits the result's form. */
final class QueryWriter {
  private QueryWriter() {}

  static String write(QueryResult result, QueryFormat format, PrefixMapping prefixes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (result instanceof QueryResult.Rows rows) {
      writeRows(rows.rows(), format, prefixes, out);
    } else if (result instanceof QueryResult.Answer answer) {
      if (format == QueryFormat.TABLE) {
        return answer.yes() + "\n";
      }
      ResultSetMgr.write(out, answer.yes(), lang(format));
    } else if (result instanceof QueryResult.Triples triples) {
      return writeGraph(triples.graph(), format, prefixes);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static void writeRows(
      RowSetRewindable rows, QueryFormat format, PrefixMapping prefixes, ByteArrayOutputStream out) {
    rows.reset();
    if (format == QueryFormat.TABLE) {
      out.writeBytes(ResultSetFormatter.asText(ResultSet.adapt(rows), new Prologue(prefixes)).getBytes(StandardCharsets.UTF_8));
    } else {
      ResultSetMgr.write(out, ResultSet.adapt(rows), lang(format));
    }
  }

  private static Lang lang(QueryFormat format) {
    return switch (format) {
      case CSV -> ResultSetLang.RS_CSV;
      case TSV -> ResultSetLang.RS_TSV;
      case JSON -> ResultSetLang.RS_JSON;
      case XML -> ResultSetLang.RS_XML;
      default -> throw new IllegalArgumentException(format + " is not a result-set format");
    };
  }

  private static String writeGraph(Graph graph, QueryFormat format, PrefixMapping prefixes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    switch (format) {
      case NTRIPLES -> {
        RDFDataMgr.write(out, graph, RDFFormat.NTRIPLES);
        // Sorted lines: the same triples always give the same bytes.
        String text = out.toString(StandardCharsets.UTF_8);
        return text.lines().sorted().map(line -> line + "\n").reduce("", String::concat);
      }
      case TURTLE -> {
        graph.getPrefixMapping().setNsPrefixes(prefixes);
        RDFDataMgr.write(out, graph, RDFFormat.TURTLE_PRETTY);
      }
      case JSONLD -> {
        graph.getPrefixMapping().setNsPrefixes(prefixes);
        RDFDataMgr.write(out, graph, RDFFormat.JSONLD11_PRETTY);
      }
      default -> throw new IllegalArgumentException(format + " is not a graph format");
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
