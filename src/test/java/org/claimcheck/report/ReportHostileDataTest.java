package org.claimcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.claimcheck.model.Report;
import org.claimcheck.model.Severity;
import org.claimcheck.vocab.CC;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The hostile fixture (markup and Markdown in every kind of value, a U+202E override, line breaks,
 * a 100,000-character literal) gives a safe, readable report in every format: markup shows as text,
 * controls show as escapes, and the data formats keep every value exactly.
 */
class ReportHostileDataTest {
  private static final String SCRIPT = "<script>alert(1)</script>";
  private static final String RLO = "\u202E";

  private final Report result = Reports.hostile();

  @Test
  void theFixtureHasAFinding() {
    assertThat(result.findings()).hasSize(1);
  }

  @Test
  void htmlShowsMarkupAsTextAndControlsAsEscapes() {
    String html = HtmlReport.render(result, Severity.TENSION);
    Document dom = Jsoup.parse(html);
    assertThat(dom.select("script, img, iframe, object, embed, link, [onerror]")).isEmpty();
    assertThat(dom.select("[href^=javascript], [src]")).isEmpty();
    assertThat(html).doesNotContain(SCRIPT).doesNotContain(RLO).doesNotContain("\u202C");
    Element quote = dom.selectFirst(".finding blockquote.quote[lang=ar]");
    assertThat(quote).isNotNull();
    assertThat(quote.attr("dir")).isEqualTo("rtl");
    assertThat(quote.text()).contains(SCRIPT).contains("\\u202Eمرحبا");
    assertThat(dom.text()).contains(Reports.longText()).contains("Town \\u202Eevil\\u202C");
    // every value in a table cell is isolated
    assertThat(dom.select("td:contains(Army)").select("bdi")).isNotEmpty();
  }

  @Test
  void markdownEscapesMarkupAndKeepsValuesOnTheirLine() {
    String md = MarkdownReport.render(result, Severity.TENSION);
    assertThat(md).doesNotContain(SCRIPT).doesNotContain("<img").doesNotContain(RLO);
    assertThat(md).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    assertThat(md)
        .contains("\\*\\*bold\\*\\* \\| \\`code\\`<br>\\# not a heading<br>1. not a list");
    assertThat(md).contains("\\[link\\](javascript:alert(1))");
    assertThat(md).contains(Reports.longText());
    // no table row is broken by a value: every line of a table starts and ends with a pipe
    md.lines().filter(line -> line.startsWith("|")).forEach(line -> assertThat(line).endsWith("|"));
  }

  @Test
  void textShowsControlsAsEscapesAndWrapsTheLongValue() {
    String text = TextReport.render(result.check(), Severity.TENSION);
    assertThat(text).doesNotContain(RLO).doesNotContain("\u202C").contains("\\u202Eمرحبا");
    assertThat(text).contains(SCRIPT);
    assertThat(text.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
  }

  @Test
  void jsonKeepsEveryValueExactly() throws Exception {
    JsonNode json = new ObjectMapper().readTree(JsonReport.render(result, Severity.TENSION));
    JsonNode a = json.at("/findings/0/a");
    assertThat(a.at("/quote/text").asText())
        .isEqualTo("قال " + SCRIPT + " **عريض** | `رمز` " + RLO + "مرحبا");
    assertThat(json.at("/findings/0/b/gloss").asText()).isEqualTo(Reports.longText());
    assertThat(ReportSchemaTest.violations(json)).isEmpty();
  }

  @Test
  void rdfKeepsEveryValueExactly() {
    for (Format format : new Format[] {Format.TURTLE, Format.JSONLD}) {
      Graph graph =
          Reports.parse(
              format.render(result, Severity.TENSION),
              format == Format.TURTLE ? Lang.TURTLE : Lang.JSONLD);
      Node deny = org.apache.jena.graph.NodeFactory.createURI("https://example.org/hostile#deny");
      Node affirm =
          org.apache.jena.graph.NodeFactory.createURI("https://example.org/hostile#affirm");
      assertThat(graph.find(deny, CC.gloss, Node.ANY).next().getObject().getLiteralLexicalForm())
          .isEqualTo(Reports.longText());
      assertThat(graph.find(affirm, CC.quote, Node.ANY).next().getObject().getLiteralLexicalForm())
          .contains(SCRIPT + " **عريض**")
          .contains(RLO);
    }
  }

  @Test
  void rightToLeftComesFromTheLanguageOrItsScript() {
    assertThat(HtmlReport.dir("ar")).isEqualTo("rtl");
    assertThat(HtmlReport.dir("ar-EG")).isEqualTo("rtl");
    assertThat(HtmlReport.dir("ku-Arab")).isEqualTo("rtl");
    assertThat(HtmlReport.dir("pa-Arab")).isEqualTo("rtl");
    assertThat(HtmlReport.dir("az-Arab-IR")).isEqualTo("rtl");
    assertThat(HtmlReport.dir("ar-Latn")).isEqualTo("ltr");
    assertThat(HtmlReport.dir("ku")).isEqualTo("auto");
    assertThat(HtmlReport.dir("en")).isEqualTo("auto");
  }
}
