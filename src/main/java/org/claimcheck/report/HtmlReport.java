package org.claimcheck.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.claimcheck.model.Article;
import org.claimcheck.model.Controls;
import org.claimcheck.model.Finding;
import org.claimcheck.model.Polarity;
import org.claimcheck.model.Report;
import org.claimcheck.model.RuleInfo;
import org.claimcheck.model.Severity;
import org.claimcheck.model.Statement;

/**
 * The report as one self-contained HTML page: inline CSS, no script, nothing fetched (a
 * Content-Security-Policy says so to the browser too), readable on screen and in print. Every value
 * goes through {@link Html}, so markup in the data shows as text, and bidi controls show as escapes
 * (see {@link Controls}) inside isolated elements, so they cannot reorder the page. Quotes carry
 * their language and, for a right-to-left language, {@code dir="rtl"}. The timeline is drawn in
 * inline SVG: one column per day, official statements above media reports, affirmations as discs
 * and denials as squares, and each finding as an arc between its two statements.
 */
public final class HtmlReport {
  private static final Set<String> RTL =
      Set.of("ar", "arc", "ckb", "dv", "fa", "he", "ps", "sd", "ug", "ur", "yi");

  /** ISO 15924 codes of the right-to-left scripts, lower-cased as {@link #dir} compares them. */
  private static final Set<String> RTL_SCRIPTS =
      Set.of("arab", "hebr", "syrc", "thaa", "nkoo", "adlm", "rohg", "mand", "samr", "aran");

  private static final String CSS =
      """
      :root { --ink: #1d2330; --muted: #5b6472; --line: #d8dde6; --paper: #ffffff; --wash: #f4f6f9;
        --contradiction: #b3261e; --tension: #b26a00; --affirms: #1f5fa8; --denies: #b3261e; }
      * { box-sizing: border-box; }
      body { margin: 0 auto; max-width: 72rem; padding: 1.5rem; color: var(--ink); background: var(--paper);
        font: 15px/1.5 system-ui, "Noto Sans", "DejaVu Sans", sans-serif; overflow-wrap: break-word; }
      [lang|="ar"] { font-family: "Noto Naskh Arabic", "Noto Sans Arabic", "DejaVu Sans", serif; font-size: 1.12em; }
      h1 { font-size: 1.7rem; margin: 0 0 .25rem; } h2 { border-bottom: 2px solid var(--line); padding-bottom: .2rem; margin-top: 2.2rem; }
      h3 { margin: .2rem 0; font-size: 1.1rem; } .lede { color: var(--muted); margin-top: 0; }
      table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
      th, td { border: 1px solid var(--line); padding: .3rem .5rem; text-align: start; vertical-align: top; }
      td, dd, li, blockquote, .gloss { overflow-wrap: anywhere; white-space: pre-line; }
      .nw { white-space: nowrap; overflow-wrap: normal; }
      table.stances tr.conflict td:first-child { border-inline-start: 4px solid var(--contradiction); }
      table.stances div { white-space: normal; }
      .ctl { font: .8em ui-monospace, "DejaVu Sans Mono", monospace; color: var(--contradiction); }
      th { background: var(--wash); font-weight: 600; } td.n { text-align: end; font-variant-numeric: tabular-nums; }
      .counts { display: grid; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); gap: 1rem; align-items: start; }
      code { font: .9em ui-monospace, "DejaVu Sans Mono", monospace; }
      .finding { border: 1px solid var(--line); border-inline-start: 6px solid var(--tension); border-radius: 6px;
        padding: .8rem 1rem; margin: 1rem 0; break-inside: avoid; background: var(--paper); }
      .finding.contradiction { border-inline-start-color: var(--contradiction); }
      .finding header { display: flex; flex-wrap: wrap; align-items: baseline; gap: .5rem; }
      .num { font-weight: 700; font-size: 1.2rem; }
      .badge { display: inline-block; border-radius: 3px; padding: 0 .4rem; font-size: .8rem; font-weight: 700;
        text-transform: uppercase; letter-spacing: .03em; color: #fff; background: var(--tension); }
      .badge.contradiction { background: var(--contradiction); }
      .tag { border: 1px solid var(--line); border-radius: 3px; padding: 0 .4rem; font-size: .85rem; }
      .meta { color: var(--muted); font-size: .85rem; margin: .2rem 0 .6rem; }
      .pair { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: .8rem; }
      .side { background: var(--wash); border-radius: 4px; padding: .6rem .8rem; }
      .side h4 { margin: 0 0 .3rem; }
      dl.fields { display: grid; grid-template-columns: max-content 1fr; gap: .1rem .6rem; margin: 0 0 .5rem; font-size: .9rem; }
      dl.fields dt { color: var(--muted); } dl.fields dd { margin: 0; }
      blockquote.quote { margin: .4rem 0; padding: .4rem .7rem; background: var(--paper); border-inline-start: 3px solid var(--muted); }
      .gloss { margin: .2rem 0 0; font-style: italic; }
      .polarity-denies { color: var(--denies); font-weight: 600; } .polarity-affirms { color: var(--affirms); font-weight: 600; }
      ol.why { margin: .3rem 0 0; padding-inline-start: 1.4rem; }
      .scroll { overflow-x: auto; border: 1px solid var(--line); border-radius: 4px; background: var(--paper); }
      svg text { font: 11px system-ui, "Noto Sans", "DejaVu Sans", sans-serif; } svg text:not([fill]) { fill: var(--ink); }
      .legend { display: flex; flex-wrap: wrap; gap: 1rem; font-size: .85rem; color: var(--muted); margin: .4rem 0 1rem; }
      .statement { border-top: 1px solid var(--line); padding: .6rem 0; break-inside: avoid; }
      .statement h3 { font-size: 1rem; }
      footer { margin-top: 2rem; color: var(--muted); font-size: .8rem; }
      @media (max-width: 48rem) { .pair { grid-template-columns: 1fr; } }
      @media print {
        body { max-width: none; padding: 0; font-size: 10.5pt; }
        h2 { break-after: avoid; } .finding, .statement, tr { break-inside: avoid; }
        .scroll { overflow: visible; border: none; } svg { max-width: 100%; height: auto; }
        .side, th { background: none; } a { color: inherit; text-decoration: none; }
      }
      """;

  private static final int COLUMN = 92;
  private static final int LEFT = 120;
  private static final int TOP = 34;
  private static final int ROW = 24;

  /** The most statements the timeline draws; above, only those of the findings. */
  static final int DRAWN = 200;

  private HtmlReport() {}

  /**
   * Renders the report of {@code result} with the findings at least as strong as {@code threshold}.
   */
  public static String render(Report result, Severity threshold) {
    ReportContent content = new ReportContent(result, threshold);
    Html h = new Html();
    h.raw("<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\">\n<head>\n<meta charset=\"utf-8\">\n")
        .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .raw(
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
        .raw("<title>claimcheck report</title>\n<style>\n")
        .raw(CSS)
        .raw("</style>\n</head>\n<body>\n");
    h.raw("<header>\n<h1>Contradiction report</h1>\n<p class=\"lede\">")
        .plain(content.headline())
        .raw("</p>\n</header>\n");
    summary(h, content);
    findings(h, content);
    whoSaidWhat(h, content);
    timeline(h, content);
    appendix(h, content);
    h.raw(
            "<footer>Written by claimcheck. Quotes are verbatim; control characters in the data are shown as")
        .raw(" escapes such as <code>\\u202E</code>.</footer>\n</body>\n</html>\n");
    return h.toString();
  }

  private static void summary(Html h, ReportContent content) {
    h.raw("<section id=\"summary\">\n<h2>Summary</h2>\n<table class=\"facts\">\n");
    h.raw("<tr><th scope=\"row\">Articles</th><td>");
    for (Article a : content.articles()) {
      h.raw("<div>").text(a.title());
      if (!a.originalTitle().isEmpty() && !a.originalTitle().equals(a.title())) {
        h.raw(" — ")
            .raw("<span")
            .attr("lang", a.language())
            .attr("dir", dir(a.language()))
            .raw(">")
            .plain(a.originalTitle())
            .raw("</span>");
      }
      h.raw(", published ").text(a.published());
      if (!a.publisher().isEmpty()) {
        h.raw(" by ").text(a.publisher());
      }
      h.raw("</div>");
    }
    h.raw("</td></tr>\n<tr><th scope=\"row\">Sources</th><td>");
    for (ReportContent.Source s : content.sources()) {
      h.raw("<div>").text(s.kind());
      if (!s.title().isEmpty()) {
        h.raw(": ").text(s.title());
      }
      h.raw("</div>");
    }
    h.raw("</td></tr>\n<tr><th scope=\"row\">Statements said</th><td>")
        .text(content.dateRange().map(Object::toString).orElse("no statement"))
        .raw("</td></tr>\n<tr><th scope=\"row\">Statements</th><td>")
        .text(content.statements().size())
        .raw("</td></tr>\n<tr><th scope=\"row\">Findings shown</th><td>")
        .text(content.findings().size() + " at least " + content.threshold().id())
        .raw("</td></tr>\n</table>\n<div class=\"counts\">\n");
    counts(h, "Severity", content.bySeverity());
    counts(h, "Category", content.byCategory());
    h.raw(
            "</div>\n<h3>Rules that ran</h3>\n<table>\n<tr><th>Rule</th><th>Title</th><th>Category</th>")
        .raw("<th>Severity</th></tr>\n");
    for (RuleInfo r : content.rules()) {
      h.raw("<tr><td><code>")
          .text(r.id())
          .raw("</code></td><td>")
          .text(r.title())
          .raw("</td><td>")
          .text(r.category().id())
          .raw("</td><td>")
          .text(r.severity().id())
          .raw("</td></tr>\n");
    }
    h.raw("</table>\n</section>\n");
  }

  private static void counts(Html h, String heading, Map<String, Long> counts) {
    h.raw("<table>\n<tr><th>").plain(heading).raw("</th><th>Findings</th></tr>\n");
    counts.forEach(
        (name, count) ->
            h.raw("<tr><td>")
                .text(name)
                .raw("</td><td class=\"n\">")
                .text(count)
                .raw("</td></tr>\n"));
    h.raw("</table>\n");
  }

  private static void findings(Html h, ReportContent content) {
    h.raw("<section id=\"findings\">\n<h2>Findings</h2>\n");
    if (content.findings().isEmpty()) {
      h.raw("<p>No finding at least ").text(content.threshold().id()).raw(".</p>\n");
    }
    int n = 0;
    for (Finding f : content.findings()) {
      n++;
      String severity = f.severity().id();
      h.raw("<article")
          .attr("class", "finding " + severity)
          .attr("id", "finding-" + n)
          .raw(">\n<header>")
          .raw("<span class=\"num\">")
          .text(n)
          .raw("</span>")
          .element("span", "badge " + severity, severity)
          .element("span", "tag", f.category().id())
          .element("h3", "title", f.rule().title())
          .raw("</header>\n<p class=\"meta\">rule <code>")
          .text(f.rule().id())
          .raw("</code> · finding <code>")
          .text(f.id())
          .raw("</code> · ")
          .text(f.category().description())
          .raw("</p>\n<div class=\"pair\">\n");
      side(h, content, "A", f.a());
      side(h, content, "B", f.b());
      h.raw("</div>\n<h4>Why they conflict</h4>\n<ol class=\"why\">\n");
      f.reasoning().forEach(step -> h.raw("<li>").text(step).raw("</li>\n"));
      h.raw("</ol>\n</article>\n");
    }
    h.raw("</section>\n");
  }

  private static void side(Html h, ReportContent content, String name, Statement s) {
    h.raw("<section class=\"side\">\n<h4>").plain(name).raw(" · ");
    statementLink(h, content, s);
    h.raw("</h4>\n");
    fields(h, s);
    quote(h, s);
    h.raw("</section>\n");
  }

  private static void fields(Html h, Statement s) {
    h.raw("<dl class=\"fields\">\n");
    field(h, "Speaker", s.speaker() + " (" + s.role() + ")");
    field(h, "Side", s.side());
    field(h, "Voice", ReportContent.voice(s));
    field(h, "Source", ReportContent.source(s));
    field(h, "Said", s.stated());
    h.raw("<dt>Polarity</dt><dd")
        .attr("class", "polarity-" + s.polarity().id())
        .raw(">")
        .text(s.polarity().id())
        .raw("</dd>\n");
    field(h, "Modality", s.modality().id());
    field(h, "About", s.summary());
    h.raw("</dl>\n");
  }

  private static void field(Html h, String name, Object value) {
    h.raw("<dt>").plain(name).raw("</dt><dd>").text(value).raw("</dd>\n");
  }

  private static void quote(Html h, Statement s) {
    h.raw("<blockquote class=\"quote\"")
        .attr("lang", s.language())
        .attr("dir", dir(s.language()))
        .raw(">")
        .plain(s.quote())
        .raw("</blockquote>\n");
    for (String again : s.restatements()) {
      h.raw("<blockquote class=\"quote restated\"")
          .attr("lang", s.language())
          .attr("dir", dir(s.language()))
          .attr("title", "restated")
          .raw(">")
          .plain(again)
          .raw("</blockquote>\n");
    }
    h.raw("<p class=\"gloss\" lang=\"en\" dir=\"auto\">").plain(s.gloss()).raw("</p>\n");
  }

  /**
   * One row per proposition (event type, agents, places), with who affirms it, who denies it and
   * who else speaks of it (a report, a condition), each statement linked, and the findings it is
   * in: where the sides stand, at a glance. Above {@link #DRAWN} statements, only the propositions
   * of the findings.
   */
  private static void whoSaidWhat(Html h, ReportContent content) {
    Map<String, List<Statement>> byProposition = new TreeMap<>();
    for (Statement s : content.timeline()) {
      byProposition.computeIfAbsent(proposition(s), k -> new ArrayList<>()).add(s);
    }
    boolean large = content.timeline().size() > DRAWN;
    h.raw("<section id=\"who-said-what\">\n<h2>Who said what</h2>\n");
    if (large) {
      h.raw("<p class=\"meta\">Only the propositions that findings concern.</p>\n");
    }
    h.raw("<table class=\"stances\">\n<tr><th>Proposition</th><th>Affirmed by</th>")
        .raw("<th>Denied by</th><th>Other stances, or conditional</th><th>Findings</th></tr>\n");
    for (Map.Entry<String, List<Statement>> row : byProposition.entrySet()) {
      Set<Integer> findings = new TreeSet<>();
      row.getValue().forEach(s -> findings.addAll(content.findingNumbers(s)));
      if (large && findings.isEmpty()) {
        continue;
      }
      h.raw(findings.isEmpty() ? "<tr>" : "<tr class=\"conflict\">")
          .raw("<td>")
          .text(row.getKey())
          .raw("</td>");
      for (int column = 0; column < 3; column++) {
        h.raw("<td>");
        for (Statement s : row.getValue()) {
          if (stanceColumn(s) == column) {
            h.raw("<div>");
            statementLink(h, content, s);
            h.raw(" ").text(s.side()).raw(" (").text(s.modality().id()).raw(")</div>");
          }
        }
        h.raw("</td>");
      }
      h.raw("<td class=\"nw\">");
      findingLinks(h, findings);
      h.raw("</td></tr>\n");
    }
    h.raw("</table>\n</section>\n");
  }

  /** The column of who-said-what a statement stands in: 0 affirms, 1 denies, 2 anything else. */
  private static int stanceColumn(Statement s) {
    if (s.condition().isPresent()) {
      return 2;
    }
    return s.polarity() == Polarity.AFFIRMS ? 0 : s.polarity() == Polarity.DENIES ? 1 : 2;
  }

  /** A link to the statement's entry in the appendix: "S3". */
  private static void statementLink(Html h, ReportContent content, Statement s) {
    h.raw("<a")
        .attr("href", "#s-" + content.number(s))
        .raw(">S")
        .text(content.number(s))
        .raw("</a>");
  }

  /** Links to the cards of the findings numbered {@code numbers}: "#1 #3". */
  private static void findingLinks(Html h, Iterable<Integer> numbers) {
    for (int number : numbers) {
      h.raw("<a").attr("href", "#finding-" + number).raw(">#").text(number).raw("</a> ");
    }
  }

  /**
   * "sending additional troops — coalition, in north-east Syria": a statement without its stance.
   */
  private static String proposition(Statement s) {
    return s.eventType()
        + s.quantity().map(q -> " " + q).orElse("")
        + " — "
        + String.join(", ", s.agents())
        + (s.places().isEmpty() ? "" : ", in " + String.join(", ", s.places()));
  }

  private static void timeline(Html h, ReportContent content) {
    h.raw("<section id=\"timeline\">\n<h2>Timeline</h2>\n");
    List<Statement> drawn = content.timeline();
    if (drawn.size() > DRAWN) {
      drawn = drawn.stream().filter(s -> !content.findingNumbers(s).isEmpty()).toList();
      h.raw("<p class=\"meta\">")
          .text(content.timeline().size())
          .raw(" statements are too many to draw: the drawing shows the ")
          .text(drawn.size())
          .raw(" that findings name; the table lists every one.</p>\n");
    }
    h.raw("<div class=\"scroll\">\n");
    svg(h, drawn, content);
    h.raw("</div>\n<div class=\"legend\"><span>● affirms</span><span>■ denies</span>")
        .raw(
            "<span>upper lane: official statements; lower lane: media reports and the article's own voice</span>")
        .raw("<span style=\"color:var(--contradiction)\">— contradiction</span>")
        .raw("<span style=\"color:var(--tension)\">- - tension</span></div>\n");
    h.raw(
            "<table>\n<tr><th>#</th><th>Said</th><th>Voice</th><th>Polarity</th><th>Who</th><th>About</th>")
        .raw("<th>Findings</th></tr>\n");
    for (Statement s : content.timeline()) {
      h.raw("<tr><td class=\"nw\">");
      statementLink(h, content, s);
      h.raw("</td><td class=\"nw\">")
          .text(s.stated())
          .raw("</td><td class=\"nw\">")
          .text(ReportContent.voice(s))
          .raw("</td><td")
          .attr("class", "nw polarity-" + s.polarity().id())
          .raw(">")
          .text(ReportContent.what(s))
          .raw("</td><td>")
          .text(ReportContent.who(s))
          .raw("</td><td>")
          .text(s.summary())
          .raw("</td><td class=\"nw\">");
      findingLinks(h, content.findingNumbers(s));
      h.raw("</td></tr>\n");
    }
    h.raw("</table>\n</section>\n");
  }

  /**
   * One column per first day said; in each, the statements stacked, official lane on top. Above
   * {@link #DRAWN} statements, only those of the findings are drawn: a drawing of every one would
   * be wider than any screen (10k triples drew 14,492 px).
   */
  private static void svg(Html h, List<Statement> drawn, ReportContent content) {
    List<String> days =
        drawn.stream().map(s -> s.stated().firstDay().toString()).distinct().toList();
    Map<String, int[]> stacks = new TreeMap<>();
    Map<String, int[]> position = new LinkedHashMap<>();
    int[] laneDepth = new int[2];
    for (Statement s : drawn) {
      int lane = s.official() ? 0 : 1;
      int[] stack = stacks.computeIfAbsent(lane + " " + s.stated().firstDay(), k -> new int[1]);
      position.put(
          s.iri(), new int[] {days.indexOf(s.stated().firstDay().toString()), lane, stack[0]++});
      laneDepth[lane] = Math.max(laneDepth[lane], stack[0]);
    }
    int laneHeight0 = Math.max(1, laneDepth[0]) * ROW + 16;
    int laneHeight1 = Math.max(1, laneDepth[1]) * ROW + 16;
    int width = LEFT + days.size() * COLUMN + 20;
    int height = TOP + laneHeight0 + laneHeight1 + 10;
    h.raw("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\"")
        .attr("width", width)
        .attr("height", height)
        .attr("viewBox", "0 0 " + width + " " + height)
        .raw(" aria-label=\"Timeline of statements by the day they were said\">\n");
    h.raw("<rect x=\"0\"")
        .attr("y", TOP)
        .attr("width", width)
        .attr("height", laneHeight0)
        .raw(" fill=\"#eef3fa\"/>\n<rect x=\"0\"")
        .attr("y", TOP + laneHeight0)
        .attr("width", width)
        .attr("height", laneHeight1)
        .raw(" fill=\"#fbf4ea\"/>\n");
    h.raw("<text x=\"8\"")
        .attr("y", TOP + 18)
        .raw(" font-weight=\"bold\">official</text>\n<text x=\"8\"")
        .attr("y", TOP + laneHeight0 + 18)
        .raw(" font-weight=\"bold\">media reports</text>\n");
    for (int i = 0; i < days.size(); i++) {
      int x = LEFT + i * COLUMN + COLUMN / 2;
      h.raw("<line")
          .attr("x1", x)
          .attr("x2", x)
          .attr("y1", TOP)
          .attr("y2", height - 10)
          .raw(" stroke=\"#d8dde6\"/>\n<text text-anchor=\"middle\"")
          .attr("x", x)
          .attr("y", TOP - 10)
          .raw(">")
          .plain(days.get(i))
          .raw("</text>\n");
    }
    int n = 0;
    for (Finding f : content.findings()) {
      n++;
      int[] a = xy(position.get(f.a().iri()), laneHeight0);
      int[] b = xy(position.get(f.b().iri()), laneHeight0);
      int bend = Math.max(18, Math.abs(a[0] - b[0]) / 4) + 6 * (n % 4);
      int cx = (a[0] + b[0]) / 2 + (a[0] == b[0] ? bend : 0);
      int cy = (a[1] + b[1]) / 2 - (a[0] == b[0] ? 0 : bend);
      boolean strong = f.severity() == Severity.CONTRADICTION;
      h.raw("<a")
          .attr("href", "#finding-" + n)
          .raw(">\n<path fill=\"none\" stroke-width=\"1.6\"")
          .attr("stroke", strong ? "#b3261e" : "#b26a00")
          .raw(strong ? "" : " stroke-dasharray=\"5 3\"")
          .attr("d", "M" + a[0] + " " + a[1] + " Q" + cx + " " + cy + " " + b[0] + " " + b[1])
          .raw("><title>")
          .plain("#" + n + " " + f.severity().id() + ": " + f.rule().title())
          .raw("</title></path>\n<text font-weight=\"bold\"")
          .attr("x", (a[0] + 2 * cx + b[0]) / 4 + 3)
          .attr("y", (a[1] + 2 * cy + b[1]) / 4 - 3)
          .attr("fill", strong ? "#b3261e" : "#b26a00")
          .raw(">#")
          .plain(n)
          .raw("</text>\n</a>\n");
    }
    for (Statement s : drawn) {
      int[] p = xy(position.get(s.iri()), laneHeight0);
      boolean conflicting = !content.findingNumbers(s).isEmpty();
      String fill = s.polarity() == Polarity.DENIES ? "#b3261e" : "#1f5fa8";
      String stroke =
          conflicting ? " stroke=\"#1d2330\" stroke-width=\"2\"" : " stroke=\"#ffffff\"";
      if (s.polarity() == Polarity.DENIES) {
        h.raw("<rect").attr("x", p[0] - 6).attr("y", p[1] - 6).raw(" width=\"12\" height=\"12\"");
      } else {
        h.raw("<circle").attr("cx", p[0]).attr("cy", p[1]).raw(" r=\"6.5\"");
      }
      h.attr("fill", fill)
          .raw(stroke)
          .raw("><title>")
          .plain(
              "S"
                  + content.number(s)
                  + " "
                  + s.stated()
                  + " "
                  + ReportContent.who(s)
                  + ": "
                  + s.summary())
          .raw("</title></")
          .raw(s.polarity() == Polarity.DENIES ? "rect" : "circle")
          .raw(">\n");
      h.raw("<text")
          .attr("x", p[0] + 10)
          .attr("y", p[1] + 4)
          .raw(">")
          .plain("S" + content.number(s))
          .raw("</text>\n");
    }
    h.raw("</svg>\n");
  }

  private static int[] xy(int[] position, int laneHeight0) {
    int x = LEFT + position[0] * COLUMN + COLUMN / 2 - 14;
    int y = TOP + (position[1] == 0 ? 0 : laneHeight0) + 20 + position[2] * ROW;
    return new int[] {x, y};
  }

  private static void appendix(Html h, ReportContent content) {
    h.raw("<section id=\"appendix\">\n<h2>Appendix: every modeled statement</h2>\n");
    for (Statement s : content.timeline()) {
      List<String> in = new ArrayList<>();
      content.findingNumbers(s).forEach(number -> in.add("#" + number));
      h.raw("<div class=\"statement\"")
          .attr("id", "s-" + content.number(s))
          .raw(">\n<h3>S")
          .text(content.number(s))
          .raw(" · ")
          .text(ReportContent.who(s))
          .raw("</h3>\n");
      fields(h, s);
      quote(h, s);
      h.raw("<p class=\"meta\"><code>").text(s.iri()).raw("</code>");
      if (!in.isEmpty()) {
        h.raw(" · in findings ").text(String.join(", ", in));
      }
      h.raw("</p>\n</div>\n");
    }
    h.raw("</section>\n");
  }

  /**
   * {@code rtl} for a right-to-left language or script ({@code ar}, {@code ku-Arab}, {@code
   * pa-Arab}, {@code az-Arab-IR}), {@code ltr} for a language written in a left-to-right script
   * although it is usually right-to-left ({@code ku-Latn}), {@code auto} otherwise.
   */
  static String dir(String language) {
    String[] subtags = language.toLowerCase(Locale.ROOT).split("-");
    if (subtags.length > 1 && subtags[1].length() == 4) {
      return RTL_SCRIPTS.contains(subtags[1]) ? "rtl" : "ltr";
    }
    return RTL.contains(subtags[0]) ? "rtl" : "auto";
  }
}
