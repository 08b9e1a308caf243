package org.claimcheck.report;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.claimcheck.CheckRequest;
import org.claimcheck.Claimcheck;
import org.claimcheck.model.Report;

/** Reports the report tests share: the bundled article and the hostile fixture. */
final class Reports {
  static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "report");
  static final Path HOSTILE =
      Path.of("src", "test", "resources", "fixtures", "report", "hostile", "hostile.ttl");
  static final int LONG = 100_000;

  private static Report article;
  private static Report hostile;

  private Reports() {}

  /** The check of the bundled article ({@code facts/}), run once per JVM. */
  static synchronized Report article() {
    if (article == null) {
      article = Claimcheck.report(CheckRequest.of(List.of(Path.of("facts"))));
    }
    return article;
  }

  /** A second, independent check of the bundled article, to show that runs agree. */
  static Report articleAgain() {
    return Claimcheck.report(CheckRequest.of(List.of(Path.of("facts"))));
  }

  /** The check of the hostile fixture, its LONG-GLOSS replaced by {@link #longText()}. */
  static synchronized Report hostile() {
    if (hostile == null) {
      try {
        Path dir = Files.createTempDirectory("claimcheck-hostile");
        Path facts = dir.resolve("hostile.ttl");
        Files.writeString(facts, Files.readString(HOSTILE).replace("LONG-GLOSS", longText()));
        hostile = Claimcheck.report(CheckRequest.of(List.of(facts)));
        Files.delete(facts);
        Files.delete(dir);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return hostile;
  }

  /** 100,000 characters without a space, the worst case for wrapping. */
  static String longText() {
    return "L".repeat(LONG);
  }

  /** Parses RDF text in {@code lang}, strictly, as the loader would. */
  static Graph parse(String text, Lang lang) {
    return RDFParser.create().source(new StringReader(text)).lang(lang).strict(true).toGraph();
  }
}
