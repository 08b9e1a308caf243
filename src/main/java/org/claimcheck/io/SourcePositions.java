package org.claimcheck.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.irix.IRIxResolver;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RIOT;
import org.apache.jena.riot.lang.LangNQuads;
import org.apache.jena.riot.lang.LangNTriples;
import org.apache.jena.riot.lang.LangRIOT;
import org.apache.jena.riot.lang.LangTriG;
import org.apache.jena.riot.lang.LangTurtle;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.riot.system.ParserProfile;
import org.apache.jena.riot.system.ParserProfileStd;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.riot.system.RiotLib;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.tokens.Tokenizer;
import org.apache.jena.riot.tokens.TokenizerText;
import org.apache.jena.sparql.core.Quad;

/**
 * Where in its file each statement about some nodes was written: for pointing a SHACL violation at
 * {@code file:line:col}. Made only after a validation fails, by reading the files again, so that
 * data that conforms costs nothing; only Turtle, TriG, N-Triples and N-Quads carry positions (the
 * position is Jena's parser's, that of a triple's object).
 */
public final class SourcePositions {
  /** One triple about a wanted node, and where it was written. */
  private record Written(Triple triple, String where) {}

  private final Map<Node, List<Written>> bySubject;

  private SourcePositions(Map<Node, List<Written>> bySubject) {
    this.bySubject = bySubject;
  }

  /** No positions at all, for data that comes from no file. */
  public static SourcePositions none() {
    return new SourcePositions(Map.of());
  }

  /**
   * Reads {@code files} again for the triples whose subject is one of {@code subjects} (blank nodes
   * aside: their labels differ from one reading to the next). A file that has no positions or can
   * no longer be read is skipped: positions only help, they are never required.
   */
  public static SourcePositions of(List<Path> files, Set<Node> subjects) {
    Map<Node, List<Written>> bySubject = new HashMap<>();
    for (Path file : files) {
      Optional<Lang> lang = RdfFiles.langOf(file.getFileName().toString());
      if (lang.isEmpty() || !RdfFiles.hasPositions(lang.get())) {
        continue;
      }
      try (InputStream in = RdfFiles.open(file, bytes -> {})) {
        parser(
                in,
                lang.get(),
                file.toAbsolutePath().toUri().toString(),
                (triple, line, col) -> {
                  if (subjects.contains(triple.getSubject())) {
                    bySubject
                        .computeIfAbsent(triple.getSubject(), s -> new ArrayList<>())
                        .add(new Written(triple, file + ":" + line + ":" + col));
                  }
                })
            .parse();
      } catch (IOException | RuntimeException e) {
        // read and checked once already; a file changed since is left without positions
      }
    }
    return new SourcePositions(bySubject);
  }

  /**
   * Where {@code focus} is best pointed at: the first triple {@code focus path value} written, else
   * the first {@code focus path _}, else the first {@code focus _ value}, else the first triple
   * about {@code focus}; {@code path} and {@code value} may be null.
   */
  public Optional<String> of(Node focus, Node path, Node value) {
    List<Written> written = bySubject.getOrDefault(focus, List.of());
    return first(written, path, value)
        .or(() -> first(written, path, null))
        .or(() -> first(written, null, value))
        .or(() -> written.stream().findFirst())
        .map(Written::where);
  }

  private static Optional<Written> first(List<Written> written, Node path, Node value) {
    if (path == null && value == null) {
      return Optional.empty();
    }
    return written.stream()
        .filter(w -> path == null || w.triple().getPredicate().equals(path))
        .filter(w -> value == null || w.triple().getObject().equals(value))
        .findFirst();
  }

  private interface Positioned {
    void triple(Triple triple, long line, long col);
  }

  private static LangRIOT parser(InputStream in, Lang lang, String base, Positioned heard) {
    Tokenizer tokens =
        TokenizerText.create()
            .source(in)
            .errorHandler(ErrorHandlerFactory.errorHandlerNoLogging)
            .build();
    ParserProfile profile =
        new ParserProfileStd(
            RiotLib.factoryRDF(),
            ErrorHandlerFactory.errorHandlerNoLogging,
            IRIxResolver.create().base(base).build(),
            PrefixMapFactory.create(),
            RIOT.getContext().copy(),
            false,
            false) {
          @Override
          public Triple createTriple(Node s, Node p, Node o, long line, long col) {
            Triple triple = super.createTriple(s, p, o, line, col);
            heard.triple(triple, line, col);
            return triple;
          }

          @Override
          public Quad createQuad(Node g, Node s, Node p, Node o, long line, long col) {
            Quad quad = super.createQuad(g, s, p, o, line, col);
            heard.triple(quad.asTriple(), line, col);
            return quad;
          }
        };
    StreamRDF sink = StreamRDFLib.sinkNull();
    if (lang.equals(Lang.TURTLE)) {
      return new LangTurtle(tokens, profile, sink);
    }
    if (lang.equals(Lang.TRIG)) {
      return new LangTriG(tokens, profile, sink);
    }
    if (lang.equals(Lang.NTRIPLES)) {
      return new LangNTriples(tokens, profile, sink);
    }
    return new LangNQuads(tokens, profile, sink);
  }
}
