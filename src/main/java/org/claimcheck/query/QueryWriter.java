package org.claimcheck.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.apache.jena.sparql.exec.RowSetStream;
import org.claimcheck.model.Controls;

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
      RowSetRewindable rows,
      QueryFormat format,
      PrefixMapping prefixes,
      ByteArrayOutputStream out) {
    rows.reset();
    if (format == QueryFormat.TABLE) {
      out.writeBytes(table(rows, prefixes).getBytes(StandardCharsets.UTF_8));
    } else {
      ResultSetMgr.write(out, ResultSet.adapt(rows), lang(format));
    }
  }

  /**
   * The rows as Jena's text table, with each control character of a literal shown as its escape
   * ({@link Controls}): the table is read on a terminal, which data must not drive (an ESC
   * sequence, a bell, a bidi override); the other formats are data and keep the exact values. The
   * table writer would double the backslash of an escape written into the value, so each control
   * becomes a run of private-use characters as wide as its escape, replaced after the columns are
   * laid out.
   */
  private static String table(RowSet rows, PrefixMapping prefixes) {
    List<Var> vars = rows.getResultVars();
    Iterator<Binding> marked =
        Iter.map(
            rows,
            row -> {
              BindingBuilder builder = Binding.builder();
              row.vars()
                  .forEachRemaining(
                      var -> {
                        Node value = row.get(var);
                        if (value != null) {
                          builder.add(var, marked(value));
                        }
                      });
              return builder.build();
            });
    String text =
        ResultSetFormatter.asText(
            ResultSet.adapt(RowSetStream.create(vars, marked)), new Prologue(prefixes));
    return CONTROL_MARK
        .matcher(text)
        .replaceAll(
            m -> {
              StringBuilder escape = new StringBuilder("\\u");
              m.group(1)
                  .chars()
                  .forEach(
                      c ->
                          escape.append(
                              Character.toUpperCase(Character.forDigit(c - MARK_DIGITS, 16))));
              return Matcher.quoteReplacement(escape.toString());
            });
  }

  private static final char MARK = '\uE000';
  private static final char MARK_DIGITS = '\uE010';
  private static final Pattern CONTROL_MARK = Pattern.compile(MARK + "([\uE010-\uE01F]{4})" + MARK);

  private static Node marked(Node node) {
    if (!node.isLiteral()) {
      return node;
    }
    String lexical = node.getLiteralLexicalForm();
    StringBuilder out = new StringBuilder(lexical.length());
    for (int i = 0; i < lexical.length(); i++) {
      char c = lexical.charAt(i);
      if (Controls.isHidden(c)) {
        out.append(MARK);
        for (char digit : String.format(Locale.ROOT, "%04x", (int) c).toCharArray()) {
          out.append((char) (MARK_DIGITS + Character.digit(digit, 16)));
        }
        out.append(MARK);
      } else {
        out.append(c);
      }
    }
    if (out.length() == lexical.length()) {
      return node;
    }
    return node.getLiteralLanguage().isEmpty()
        ? NodeFactory.createLiteralDT(out.toString(), node.getLiteralDatatype())
        : NodeFactory.createLiteralLang(out.toString(), node.getLiteralLanguage());
  }

  /**
   * Adds the {@link #TRUNCATED} link to the head of JSON and XML results (the formats' metadata
   * links).
   */
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
