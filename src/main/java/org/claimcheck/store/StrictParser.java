package org.claimcheck.store;

import static org.claimcheck.error.ClaimcheckException.badInput;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotParseException;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.util.Context;
import org.claimcheck.error.ClaimcheckException;

/**
 * Parses one document with no tolerance: invalid UTF-8, an empty document, any parser warning
 * (such as {@code "nine hundred"^^xsd:integer}), any parser exception and any attempt of JSON-LD
 * to load a remote or local {@code @context} become a BAD_INPUT {@link ClaimcheckException}
 * naming the document and, where known, the line and column.
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
    if (bytes.length == 0) {
      throw badInput(source, -1, -1, "file is empty");
    }
    checkUtf8(source, bytes);
    if (lang.equals(Lang.RDFXML)) {
      refuseExternalEntities(source, new String(bytes, StandardCharsets.UTF_8));
    }
    int start = startsWithBom(bytes) ? UTF8_BOM.length : 0;
    try {
      RDFParser.create()
          .source(new ByteArrayInputStream(bytes, start, bytes.length - start))
          .lang(lang)
          .base(baseIri)
          .errorHandler(new FailOnAnything(source))
          .context(noRemoteDocuments())
          .parse(sink);
    } catch (ClaimcheckException e) {
      throw e;
    } catch (RiotParseException e) {
      throw badInput(source, e.getLine(), e.getCol(), e.getOriginalMessage());
    } catch (RuntimeException | StackOverflowError e) {
      // Fuzzing finds parser failures other than RiotException: all of them mean bad input.
      throw ClaimcheckException.badInput(source + ": cannot be parsed: " + describe(e), e);
    }
  }

  private static final Pattern EXTERNAL_ENTITY =
      Pattern.compile("<!ENTITY\\s+%?\\s*[^\\s>]+\\s+(SYSTEM|PUBLIC)\\b");

  /**
   * Jena's RDF/XML parser does not expand an external entity but silently reads it as empty; such
   * a document points at a file or a URL and is refused rather than loaded half empty.
   */
  private static void refuseExternalEntities(String source, String text) {
    Matcher entity = EXTERNAL_ENTITY.matcher(text);
    if (entity.find()) {
      int line = 1;
      int lineStart = 0;
      for (int i = 0; i < entity.start(); i++) {
        if (text.charAt(i) == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      throw badInput(source, line, entity.start() - lineStart + 1,
          "external XML entities are not allowed (they would read a file or a URL)");
    }
  }

  private static String describe(Throwable e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }

  /** Jena replaces bytes that are not UTF-8 without a word; refuse them instead. */
  private static void checkUtf8(String source, byte[] bytes) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(8192);
    while (true) {
      CoderResult result = decoder.decode(in, out, true);
      if (result.isError()) {
        throw badInput(
            source,
            -1,
            -1,
            String.format(
                "invalid UTF-8 at byte offset %d (byte 0x%02X)",
                in.position(), bytes[in.position()] & 0xFF));
      }
      if (result.isUnderflow()) {
        return;
      }
      out.clear();
    }
  }

  private static boolean startsWithBom(byte[] bytes) {
    return bytes.length >= 3
        && bytes[0] == UTF8_BOM[0]
        && bytes[1] == UTF8_BOM[1]
        && bytes[2] == UTF8_BOM[2];
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
