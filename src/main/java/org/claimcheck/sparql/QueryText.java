package org.claimcheck.sparql;

import static org.claimcheck.error.ClaimcheckException.badInput;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.update.UpdateFactory;

/**
 * Parses SPARQL 1.1 query text from the user (a rule file, a query) strictly, turning every failure
 * into one BAD_INPUT line {@code source:line:col: message}; SPARQL Update is named as such, since
 * claimcheck never runs it.
 */
public final class QueryText {
  private static final Pattern AT = Pattern.compile("\\s*at line (\\d+), column (\\d+)\\.?");
  private static final Pattern ENCOUNTERED = Pattern.compile("^Encountered \" (.+?) \"(.*) \"\"");

  private QueryText() {}

  /** The query in {@code text}; {@code source} names it in error messages. */
  public static Query parse(String source, String text) {
    return parse(source, text, PrefixMapping.Factory.create());
  }

  /** As {@link #parse(String, String)}, with {@code predeclared} prefixes usable undeclared. */
  public static Query parse(String source, String text, PrefixMapping predeclared) {
    Query query = new Query();
    query.getPrefixMapping().setNsPrefixes(predeclared);
    try {
      QueryFactory.parse(query, text, null, Syntax.syntaxSPARQL_11);
      return query;
    } catch (QueryParseException e) {
      String message = firstLine(e.getMessage());
      long line = e.getLine();
      long col = e.getColumn();
      Matcher at = AT.matcher(message);
      if (at.find()) {
        line = Long.parseLong(at.group(1));
        col = Long.parseLong(at.group(2));
        message = (message.substring(0, at.start()) + message.substring(at.end())).strip();
      }
      if (isUpdate(text, predeclared)) {
        message = "SPARQL Update is not allowed here: claimcheck only reads";
      } else {
        Matcher encountered = ENCOUNTERED.matcher(message);
        if (encountered.find()) {
          message = "syntax error: unexpected \"" + encountered.group(2) + "\"";
        }
      }
      throw badInput(source, line, col, message);
    } catch (QueryException e) {
      throw badInput(source + ": " + firstLine(e.getMessage()));
    }
  }

  private static boolean isUpdate(String text, PrefixMapping predeclared) {
    StringBuilder prologue = new StringBuilder();
    predeclared
        .getNsPrefixMap()
        .forEach(
            (p, iri) ->
                prologue.append("PREFIX ").append(p).append(": <").append(iri).append(">\n"));
    try {
      UpdateFactory.create(prologue + text, Syntax.syntaxSPARQL_11);
      return true;
    } catch (QueryException e) {
      return false;
    }
  }

  private static String firstLine(String message) {
    if (message == null || message.isBlank()) {
      return "syntax error";
    }
    int nl = message.indexOf('\n');
    return (nl < 0 ? message : message.substring(0, nl)).strip();
  }
}
