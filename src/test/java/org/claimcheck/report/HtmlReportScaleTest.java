package org.claimcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.claimcheck.CheckRequest;
import org.claimcheck.Claimcheck;
import org.claimcheck.generate.ClaimsGenerator;
import org.claimcheck.model.Finding;
import org.claimcheck.model.Report;
import org.claimcheck.model.Severity;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An HTML report of more statements than a drawing can hold draws only those of the findings, says
 * so, and keeps the who-said-what view to the propositions of the findings.
 */
class HtmlReportScaleTest {
  @TempDir Path dir;

  @Test
  void aLargeReportDrawsTheStatementsOfItsFindingsOnly() throws Exception {
    Path facts = dir.resolve("claims.nt");
    try (Writer out = Files.newBufferedWriter(facts, StandardCharsets.UTF_8)) {
      ClaimsGenerator.write(10_000, 1, out, new StringWriter());
    }
    Report report = Claimcheck.report(CheckRequest.of(List.of(facts)));
    assertThat(report.statements()).hasSizeGreaterThan(HtmlReport.DRAWN);
    Set<String> named = new TreeSet<>();
    for (Finding f : report.findings()) {
      named.add(f.a().iri());
      named.add(f.b().iri());
    }

    Document dom = Jsoup.parse(HtmlReport.render(report, Severity.TENSION));
    assertThat(dom.select("svg circle, svg rect[width=12]")).hasSize(named.size());
    assertThat(dom.select("#timeline p.meta").text())
        .isEqualTo(
            report.statements().size()
                + " statements are too many to draw: the drawing shows the "
                + named.size()
                + " that findings name; the table lists every one.");
    assertThat(dom.select("#who-said-what tr:not(:first-child)"))
        .isNotEmpty()
        .allSatisfy(row -> assertThat(row.hasClass("conflict")).isTrue());
  }
}
