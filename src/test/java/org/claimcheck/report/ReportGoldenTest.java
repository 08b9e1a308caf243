package org.claimcheck.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.riot.Lang;
import org.claimcheck.model.Severity;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The report of the bundled article in every format of {@link Format} against its golden file under
 * {@code src/test/resources/golden/report/}, compared structurally: JSON as a tree, RDF by
 * isomorphism, HTML through its DOM, text and Markdown as text. The formats come from the enum, so
 * a new format without a golden file fails the test, and so does a golden file no format writes. To
 * write the golden files anew after an intended change, run {@code mvn test -Dtest=ReportGoldenTest
 * -Dgolden.update=true} and review the diff.
 */
class ReportGoldenTest {
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  @ParameterizedTest
  @EnumSource(Format.class)
  void matchesItsGoldenFile(Format format) throws Exception {
    String actual = format.render(Reports.article(), Severity.TENSION);
    Path golden = Reports.GOLDEN.resolve("article." + extension(format));
    if (UPDATE) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    if (!Files.isRegularFile(golden)) {
      fail(
          "no golden file "
              + golden
              + " for the format "
              + format.id()
              + ": write it with"
              + " mvn test -Dtest=ReportGoldenTest -Dgolden.update=true and review it");
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
      case HTML ->
          assertThat(Jsoup.parse(actual).outerHtml()).isEqualTo(Jsoup.parse(expected).outerHtml());
      default -> assertThat(actual).isEqualTo(expected);
    }
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void twoRunsAreByteIdentical(Format format) {
    assertThat(format.render(Reports.articleAgain(), Severity.TENSION))
        .isEqualTo(format.render(Reports.article(), Severity.TENSION));
  }

  @Test
  void everyGoldenFileIsTheReportOfAFormat() throws IOException {
    Set<String> written = new TreeSet<>();
    for (Format format : Format.values()) {
      written.add("article." + extension(format));
    }
    try (Stream<Path> files = Files.list(Reports.GOLDEN)) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .as(
              "golden files in %s that no format of %s writes",
              Reports.GOLDEN, Format.class.getName())
          .allMatch(written::contains);
    }
  }

  /** The file-name extension of a golden file: the format's id unless it has a usual one. */
  static String extension(Format format) {
    return switch (format) {
      case MARKDOWN -> "md";
      case TURTLE -> "ttl";
      case TEXT -> "txt";
      default -> format.id();
    };
  }
}
