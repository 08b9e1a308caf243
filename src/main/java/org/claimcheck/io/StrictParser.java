package org.claimcheck.io;

import static org.claimcheck.error.ClaimcheckException.badInput;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RDFParserBuilder;
import org.apache.jena.riot.RiotParseException;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.Context;
import org.claimcheck.error.ClaimcheckException;

/**
 * Parses one document with no tolerance: invalid UTF-8, an empty document, any parser warning (such
 * as {@code "nine hundred"^^xsd:integer}), any parser exception and any attempt of JSON-LD to load
 * a remote or local {@code @context} become a BAD_INPUT {@link ClaimcheckException} naming the
 * document and, where known, the line and column.
 */
final class StrictParser {
  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private StrictParser() {}

  /**
   * Parses {@code bytes} as {@code lang} into {@code sink}.
   *
   * @param source how the document is named in messages (a path or a resource name)
   * @param baseIri the base for relative IRIs
   */
  static void parse(String source, String baseIri, byte[] bytes, Lang lang, StreamRDF sink) {
    parse(source, baseIri, () -> new ByteArrayInputStream(bytes), lang, sink);
  }

  /** Opens a document's bytes; RDF/XML is opened twice (its prolog is checked first). */
  interface Bytes {
    InputStream open() throws IOException;
  }

  /**
   * Parses the document {@code bytes} opens as {@code lang} into {@code sink}, streaming: the
   * document is never held whole in memory, and its UTF-8 is checked as it is read.
   *
   * @param source how the document is named in messages (a path or a resource name)
   * @param baseIri the base for relative IRIs
   */
  static void parse(String source, String baseIri, Bytes bytes, Lang lang, StreamRDF sink) {
    if (lang.equals(Lang.RDFXML)) {
      try (InputStream in = bytes.open()) {
        refuseExternalEntities(source, prolog(new Utf8CheckingInputStream(source, withoutBom(in))));
      } catch (IOException e) {
        throw badInput(source, -1, -1, "cannot read: " + e.getMessage());
      }
    }
    try (InputStream raw = bytes.open()) {
      PushbackInputStream in = withoutBom(raw);
      int first = in.read();
      if (first < 0) {
        throw badInput(source, -1, -1, "file is empty");
      }
      in.unread(first);
      Utf8CheckingInputStream checked = new Utf8CheckingInputStream(source, in);
      // Parsers close their input at the end; the rest must still be checked, so they get a view.
      InputStream view =
          new FilterInputStream(checked) {
            @Override
            public void close() {}
          };
      if (isJsonLd(lang)) {
        parseJsonLd(source, baseIri, view, sink, () -> text(bytes));
      } else {
        parse(source, baseIri, view, lang, sink);
      }
      checked.checkRest();
    } catch (IOException e) {
      throw badInput(source, -1, -1, "cannot read: " + e.getMessage());
    }
  }

  /**
   * JSON-LD as strictly as Turtle: what the library drops with a warning (a bad IRI, a bad language
   * tag) and a lone UTF-16 surrogate, which the JSON escape {@code \\uD800} can write, are errors
   * at the place in the document that holds them.
   */
  private static void parseJsonLd(
      String source, String baseIri, InputStream in, StreamRDF sink, Supplier<String> text) {
    String[] lone = {null};
    StreamRDF checking =
        new StreamRDFWrapper(sink) {
          @Override
          public void triple(Triple triple) {
            refuseLoneSurrogates(triple.getSubject(), triple.getPredicate(), triple.getObject());
            super.triple(triple);
          }

          @Override
          public void quad(Quad quad) {
            refuseLoneSurrogates(
                quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
            super.quad(quad);
          }

          private void refuseLoneSurrogates(Node... nodes) {
            for (Node node : nodes) {
              String value =
                  node == null
                      ? ""
                      : node.isLiteral()
                          ? node.getLiteralLexicalForm()
                          : node.isURI() ? node.getURI() : "";
              if (lone[0] == null && hasLoneSurrogate(value)) {
                lone[0] = value;
              }
            }
          }
        };
    try (JsonLdWarnings warnings = JsonLdWarnings.capture()) {
      parse(source, baseIri, in, Lang.JSONLD, checking);
      if (!warnings.messages().isEmpty()) {
        String warning = warnings.messages().get(0);
        Matcher quoted = WARNED_VALUE.matcher(warning);
        int[] at = quoted.find() ? position(text.get(), quoted.group(1)) : new int[] {-1, -1};
        throw badInput(
            source,
            at[0],
            at[1],
            warning
                .replace("has been skipped", "would be dropped")
                .replace("and value is skipped", "and the value would be dropped"));
      }
    }
    if (lone[0] != null) {
      Matcher escape = LONE_SURROGATE_ESCAPE.matcher(text.get());
      int[] at = escape.find() ? position(text.get(), escape.start()) : new int[] {-1, -1};
      throw badInput(
          source, at[0], at[1], "a lone UTF-16 surrogate (half of a character) in a string");
    }
  }

  /**
   * The value a warning of the JSON-LD library names, between brackets ("Language tag [x] ...").
   */
  private static final Pattern WARNED_VALUE = Pattern.compile("\\[\"?(.+?)\"?\\]");

  /** The JSON escape of a high surrogate not followed by a low one, or of a low one alone. */
  private static final Pattern LONE_SURROGATE_ESCAPE =
      Pattern.compile(
          "\\\\[uU][dD][89abAB][0-9a-fA-F]{2}(?!\\\\[uU][dD][c-fC-F][0-9a-fA-F]{2})"
              + "|(?<![dD][89abAB][0-9a-fA-F]{2})\\\\[uU][dD][c-fC-F][0-9a-fA-F]{2}");

  private static boolean hasLoneSurrogate(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 == value.length() || !Character.isLowSurrogate(value.charAt(i + 1))) {
          return true;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return true;
      }
    }
    return false;
  }

  /** {@code {line, col}} of the first {@code needle} in {@code text}, or {@code {-1, -1}}. */
  private static int[] position(String text, String needle) {
    int index = text.indexOf(needle);
    return index < 0 ? new int[] {-1, -1} : position(text, index);
  }

  private static int[] position(String text, int index) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < index; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new int[] {line, index - lineStart + 1};
  }

  /** The document again, as text: only to say where an error is. */
  private static String text(Bytes bytes) {
    try (InputStream in = bytes.open()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }

  private static void parse(
      String source, String baseIri, InputStream in, Lang lang, StreamRDF sink) {
    try {
      RDFParserBuilder parser =
          RDFParser.create()
              .source(in)
              .lang(lang)
              .base(baseIri)
              .checking(true)
              .errorHandler(new FailOnAnything(source));
      if (isJsonLd(lang)) {
        parser.context(
            noRemoteDocuments()); // only then: it loads the JSON-LD library, slow to start
      }
      parser.parse(sink);
    } catch (ClaimcheckException e) {
      throw e;
    } catch (RiotParseException e) {
      ClaimcheckException inStream = thrownByTheStream(e);
      if (inStream != null) {
        throw inStream;
      }
      throw badInput(source, e.getLine(), e.getCol(), e.getOriginalMessage());
    } catch (RuntimeException | StackOverflowError e) {
      ClaimcheckException inStream = thrownByTheStream(e);
      if (inStream != null) {
        throw inStream; // invalid UTF-8, found while the parser read, maybe wrapped by it
      }
      // Fuzzing finds parser failures other than RiotException: all of them mean bad input.
      throw ClaimcheckException.badInput(source + ": cannot be parsed: " + describe(e), e);
    }
  }

  /**
   * What in an XML document's prolog would make the parser read a file or a URL: an external DTD
   * ({@code <!DOCTYPE x SYSTEM|PUBLIC ...>}), an external entity ({@code <!ENTITY [%] x
   * SYSTEM|PUBLIC ...>}), or a parameter entity at all, whose text could declare either out of
   * sight of this check. Internal general entities, which OWL tools write for namespaces, pass.
   */
  private static final List<Pattern> REACHES_OUT =
      List.of(
          Pattern.compile("<!DOCTYPE\\s+[^\\s\\[>]+\\s+(SYSTEM|PUBLIC)\\b"),
          Pattern.compile("<!ENTITY\\s+%?\\s*[^\\s>]+\\s+(SYSTEM|PUBLIC)\\b"),
          Pattern.compile("<!ENTITY\\s+%"),
          Pattern.compile("%[^\\s;%\"'<>]+;"));

  /**
   * Jena's RDF/XML parser silently reads an external entity as empty, and fetches an external DTD;
   * such a document points at a file or a URL and is refused before it is parsed.
   */
  private static void refuseExternalEntities(String source, String text) {
    Matcher first = null;
    for (Pattern pattern : REACHES_OUT) {
      Matcher m = pattern.matcher(text);
      if (m.find() && (first == null || m.start() < first.start())) {
        first = m;
      }
    }
    if (first != null) {
      int[] at = position(text, first.start());
      throw badInput(
          source,
          at[0],
          at[1],
          "external XML entities, external DTDs and parameter entities are not allowed (they would read"
              + " a file or a URL)");
    }
  }

  private static String describe(Throwable e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }

  private static ClaimcheckException thrownByTheStream(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ClaimcheckException c) {
        return c;
      }
    }
    return null;
  }

  /** {@code in} after its UTF-8 byte order mark, if it has one. */
  private static PushbackInputStream withoutBom(InputStream in) throws IOException {
    PushbackInputStream pushback = new PushbackInputStream(in, UTF8_BOM.length);
    byte[] head = pushback.readNBytes(UTF8_BOM.length);
    if (!Arrays.equals(head, UTF8_BOM)) {
      pushback.unread(head);
    }
    return pushback;
  }

  /**
   * The text of an XML document before its root element: the only place where entities can be
   * declared. Quoted values, comments and processing instructions are skipped over, so markup
   * inside them does not end it.
   */
  private static String prolog(InputStream in) throws IOException {
    Reader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    StringBuilder text = new StringBuilder();
    char quote = 0;
    int c;
    while ((c = reader.read()) >= 0) {
      text.append((char) c);
      int n = text.length();
      if (quote != 0) {
        quote = c == quote ? 0 : quote;
      } else if (n >= 4 && text.lastIndexOf("<!--", n) == n - 4) {
        skipUntil(reader, text, "-->");
      } else if (n >= 2 && text.charAt(n - 2) == '<' && c == '?') {
        skipUntil(reader, text, "?>"); // a processing instruction: markup inside it ends nothing
      } else if (c == '"' || c == '\'') {
        quote = (char) c;
      } else if (n >= 2 && text.charAt(n - 2) == '<' && Character.isLetter(c)) {
        break; // the root element
      }
    }
    return text.toString();
  }

  private static void skipUntil(Reader reader, StringBuilder text, String end) throws IOException {
    int c;
    while ((c = reader.read()) >= 0) {
      text.append((char) c);
      if (text.length() >= end.length() && text.lastIndexOf(end) == text.length() - end.length()) {
        return;
      }
    }
  }

  private static boolean isJsonLd(Lang lang) {
    return lang.getContentType().equals(Lang.JSONLD.getContentType());
  }

  /** A JSON-LD document loader that refuses every document, so no {@code @context} is fetched. */
  private static Context noRemoteDocuments() {
    JsonLdOptions options = new JsonLdOptions();
    options.setDocumentLoader(
        (uri, loaderOptions) -> {
          throw new JsonLdError(
              JsonLdErrorCode.LOADING_DOCUMENT_FAILED,
              "refusing to load " + uri + ": remote and file contexts are not allowed");
        });
    Context context = new Context();
    context.set(LangJSONLD11.JSONLD_OPTIONS, options);
    return context;
  }

  /** Turns every warning and error of the parser into bad input at its place. */
  private record FailOnAnything(String source) implements ErrorHandler {
    @Override
    public void warning(String message, long line, long col) {
      throw ClaimcheckException.badInput(source, line, col, message);
    }

    @Override
    public void error(String message, long line, long col) {
      throw ClaimcheckException.badInput(source, line, col, message);
    }

    @Override
    public void fatal(String message, long line, long col) {
      throw ClaimcheckException.badInput(source, line, col, message);
    }
  }
}
