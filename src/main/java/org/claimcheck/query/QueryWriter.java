package org.claimcheck.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
  /** The link a cut-off result carries in the head of SPARQL JSON and XML results. */
  static final String TRUNCATED = "https://w3id.org/claimcheck/query#truncated";

  private QueryWriter() {}

  static String write(QueryResult result, QueryFormat format, PrefixMapping prefixes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (result instanceof QueryResult.Rows rows) {
      writeRows(rows.rows(), format, prefixes, out);
      if (rows.truncated()) {
        return markTruncated(out.toString(StandardCharsets.UTF_8), format);
      }
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

  /** Adds the {@link #TRUNCATED} link to the head of JSON and XML results (the formats' metadata links). */
  private static String markTruncated(String text, QueryFormat format) {
    if (format == QueryFormat.XML) {
      return text.replaceFirst("</head>", "  <link href=\"" + TRUNCATED + "\"/>\n  </head>");
    }
    if (format == QueryFormat.JSON) {
      try {
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = (ObjectNode) json.readTree(text);
        ((ObjectNode) root.get("head")).putArray("link").add(TRUNCATED);
        return json.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("Jena wrote JSON results that do not parse", e);
      }
    }
    return text;
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
