package org.claimcheck.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.riot.Lang;
import org.claimcheck.model.Severity;
import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The report of the bundled article in every format against its golden file under {@code
 * src/test/resources/golden/report/}, compared structurally: JSON as a tree, RDF by isomorphism,
 * HTML through its DOM, Markdown as text. A missing golden file fails the test. To write the
 * golden files anew after an intended change, run {@code mvn test -Dgolden.update=true} and review
 * the diff.
 */
class ReportGoldenTest {
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  @ParameterizedTest
  @EnumSource(value = Format.class, names = {"MARKDOWN", "HTML", "JSON", "TURTLE", "JSONLD"})
  void matchesItsGoldenFile(Format format) throws Exception {
    String actual = format.render(Reports.article(), Severity.TENSION);
    Path golden = Reports.GOLDEN.resolve("article." + extension(format));
    if (UPDATE) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    if (!Files.isRegularFile(golden)) {
      fail("no golden file " + golden + "; write it with mvn test -Dgolden.update=true and review it");
    }
    String expected = Files.readString(golden, StandardCharsets.UTF_8);
    switch (format) {
      case JSON -> {
        ObjectMapper mapper = new ObjectMapper();
        assertThat(mapper.readTree(actual)).isEqualTo(mapper.readTree(expected));
      }
      case TURTLE, JSONLD -> {
        Lang lang = format == Format.TURTLE ? Lang.TURTLE : Lang.JSONLD;
        assertThat(Reports.parse(actual, lang).isIsomorphicWith(Reports.parse(expected, lang)))
            .as("%s isomorphic with %s", format, golden)
            .isTrue();
      }
      case HTML -> assertThat(Jsoup.parse(actual).outerHtml()).isEqualTo(Jsoup.parse(expected).outerHtml());
      default -> assertThat(actual).isEqualTo(expected);
    }
  }

  @ParameterizedTest
  @EnumSource(value = Format.class, names = {"MARKDOWN", "HTML", "JSON", "TURTLE", "JSONLD"})
  void twoRunsAreByteIdentical(Format format) {
    assertThat(format.render(Reports.articleAgain(), Severity.TENSION))
        .isEqualTo(format.render(Reports.article(), Severity.TENSION));
  }

  static String extension(Format format) {
    return switch (format) {
      case MARKDOWN -> "md";
      case TURTLE -> "ttl";
      case TEXT -> "txt";
      default -> format.id();
    };
  }
}
