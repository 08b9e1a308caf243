package org.claimcheck.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.claimcheck.model.Severity;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the HTML report of the bundled article in a real headless browser (Debian's {@code
 * chromium}): the DOM the browser builds has one card per finding and right-to-left Arabic quotes,
 * and a screenshot is written to {@code target/report-screenshot.png} for a person to look at.
 * Without chromium the test fails: CI installs it ({@code .ci/run}).
 */
class HtmlReportBrowserIT {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path REPORT = Path.of("target", "report.html").toAbsolutePath();
  private static final Path SCREENSHOT =
      Path.of("target", "report-screenshot.png").toAbsolutePath();

  @TempDir static Path profile;

  @BeforeAll
  static void writeReport() throws IOException {
    if (!Files.isExecutable(CHROMIUM)) {
      fail(
          CHROMIUM
              + " is missing: install Debian's chromium (apt-get install -y chromium), as .ci/run does");
    }
    Files.createDirectories(REPORT.getParent());
    Files.writeString(
        REPORT, HtmlReport.render(Reports.article(), Severity.TENSION), StandardCharsets.UTF_8);
  }

  @Test
  void theBrowserBuildsOneCardPerFindingWithRightToLeftQuotes() throws Exception {
    Document dom = Jsoup.parse(chromium("--dump-dom"));
    int findings = Reports.article().findings().size();
    assertThat(dom.select("article.finding")).hasSize(findings);
    assertThat(dom.select("article.finding .side")).hasSize(2 * findings);
    assertThat(dom.select("article.finding .side > blockquote.quote:not(.restated)"))
        .hasSize(2 * findings)
        .allSatisfy(
            q -> {
              assertThat(q.attr("lang")).isEqualTo("ar");
              assertThat(q.attr("dir")).isEqualTo("rtl");
            });
    assertThat(dom.select("svg circle, svg rect[width=12]"))
        .hasSize(Reports.article().statements().size());
    assertThat(dom.select("script")).isEmpty();
    // Each arc of the timeline links to its finding's card.
    assertThat(dom.select("svg a"))
        .hasSize(findings)
        .allSatisfy(a -> assertThat(dom.getElementById(a.attr("href").substring(1))).isNotNull());
    // Who said what: a row per proposition, those of findings marked, with their stances linked.
    assertThat(dom.select("#who-said-what tr.conflict")).isNotEmpty();
    assertThat(dom.select("#who-said-what tr.conflict a[href^=#finding-]"))
        .allSatisfy(a -> assertThat(dom.getElementById(a.attr("href").substring(1))).isNotNull());
  }

  @Test
  void writesAScreenshot() throws Exception {
    Files.deleteIfExists(SCREENSHOT);
    chromium("--window-size=1280,2400", "--screenshot=" + SCREENSHOT);
    assertThat(SCREENSHOT).isRegularFile();
    assertThat(Files.size(SCREENSHOT)).isGreaterThan(10_000);
  }

  /** Runs headless chromium on the report with {@code extra} options; returns its stdout. */
  private static String chromium(String... extra) throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(
            List.of(
                CHROMIUM.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + profile));
    command.addAll(List.of(extra));
    command.add(REPORT.toUri().toString());
    Path out = Files.createTempFile(profile, "stdout", ".html");
    Path err = Files.createTempFile(profile, "stderr", ".txt");
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    process.getOutputStream().close();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      fail("chromium timed out: " + command);
    }
    assertThat(process.exitValue())
        .as("exit code of %s; stderr:%n%s", command, Files.readString(err))
        .isZero();
    return Files.readString(out, StandardCharsets.UTF_8);
  }
}
