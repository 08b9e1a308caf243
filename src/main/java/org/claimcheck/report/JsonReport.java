package org.claimcheck.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.claimcheck.model.Article;
import org.claimcheck.model.DateRange;
import org.claimcheck.model.Finding;
import org.claimcheck.model.Quantity;
import org.claimcheck.model.Report;
import org.claimcheck.model.RuleInfo;
import org.claimcheck.model.Severity;
import org.claimcheck.model.Statement;

/**
 * The report as JSON, written with Jackson: the one JSON writer, for {@code check} and {@code
 * report}. The shape is versioned by {@code schemaVersion} and described by the JSON Schema {@code
 * schema/report.schema.json} (a resource of the jar); fields are written in a fixed order so the
 * same result gives the same bytes. Values are written exactly as in the data.
 */
public final class JsonReport {
  /** Bumped whenever a field is renamed or removed. */
  public static final int SCHEMA_VERSION = 1;

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private JsonReport() {}

  /**
   * Renders the report of {@code result}: the summary, the findings at least as strong as {@code
   * threshold}, the timeline and every statement. Schema: {@code schema/report.schema.json}.
   */
  public static String render(Report result, Severity threshold) {
    ReportContent content = new ReportContent(result, threshold);
    List<Finding> findings = content.findings();
    ObjectNode root = MAPPER.createObjectNode();
    root.put("schemaVersion", SCHEMA_VERSION);
    ObjectNode summary = root.putObject("summary");
    summary.put("statements", result.statements().size());
    summary.put("findings", findings.size());
    summary.put("minSeverity", threshold.id());
    content.bySeverity().forEach(summary.putObject("bySeverity")::put);
    content.byCategory().forEach(summary.putObject("byCategory")::put);
    ArrayNode rules = summary.putArray("rules");
    for (RuleInfo rule : result.rules()) {
      rules
          .addObject()
          .put("id", rule.id())
          .put("title", rule.title())
          .put("category", rule.category().id())
          .put("severity", rule.severity().id())
          .put("description", rule.description());
    }
    ArrayNode articles = summary.putArray("articles");
    for (Article a : content.articles()) {
      articles
          .addObject()
          .put("iri", a.iri())
          .put("title", a.title())
          .put("originalTitle", a.originalTitle())
          .put("language", a.language())
          .put("published", a.published().toString())
          .put("publisher", a.publisher());
    }
    ArrayNode sources = summary.putArray("sources");
    content
        .sources()
        .forEach(src -> sources.addObject().put("kind", src.kind()).put("title", src.title()));
    content
        .dateRange()
        .ifPresentOrElse(
            r -> range(summary.putObject("dateRange"), r), () -> summary.putNull("dateRange"));
    ArrayNode array = root.putArray("findings");
    int n = 0;
    for (Finding f : findings) {
      ObjectNode node = array.addObject();
      node.put("number", ++n);
      node.put("id", f.id());
      node.put("rule", f.rule().id());
      node.put("title", f.rule().title());
      node.put("category", f.category().id());
      node.put("severity", f.severity().id());
      statement(node.putObject("a"), f.a());
      statement(node.putObject("b"), f.b());
      ArrayNode reasoning = node.putArray("reasoning");
      f.reasoning().forEach(reasoning::add);
    }
    ArrayNode timeline = root.putArray("timeline");
    for (Statement s : content.timeline()) {
      ObjectNode entry = timeline.addObject();
      entry.put("number", content.number(s));
      entry.put("iri", s.iri());
      range(entry.putObject("stated"), s.stated());
      entry.put("official", s.official());
      entry.put("polarity", s.polarity().id());
      content.findingNumbers(s).forEach(entry.putArray("findings")::add);
    }
    ArrayNode statements = root.putArray("statements");
    content
        .timeline()
        .forEach(s -> statement(statements.addObject().put("number", content.number(s)), s));
    try {
      return MAPPER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  /** Writes {@code s} into {@code node}; shared by every JSON output of statements. */
  public static void statement(ObjectNode node, Statement s) {
    node.put("iri", s.iri());
    node.put("article", s.article());
    node.put("speaker", s.speaker());
    node.put("role", s.role());
    node.put("side", s.side());
    node.put("source", s.source());
    node.put("sourceTitle", s.sourceTitle());
    node.put("official", s.official());
    range(node.putObject("stated"), s.stated());
    node.put("polarity", s.polarity().id());
    node.put("modality", s.modality().id());
    node.put("eventType", s.eventType());
    s.agents().forEach(node.putArray("agents")::add);
    s.places().forEach(node.putArray("places")::add);
    range(node.putObject("holds"), s.holds());
    if (s.quantity().isPresent()) {
      Quantity q = s.quantity().get();
      ObjectNode quantity = node.putObject("quantity");
      optional(quantity, "count", q.count());
      optional(quantity, "atLeast", q.atLeast());
      optional(quantity, "atMost", q.atMost());
      quantity.put("unit", q.unit());
      quantity.put("exactness", q.exactness().orElse(null));
      quantity.put("measures", q.change() ? "change" : "level");
    } else {
      node.putNull("quantity");
    }
    node.putObject("quote").put("text", s.quote()).put("lang", s.language());
    s.restatements().forEach(node.putArray("restatements")::add);
    node.put("gloss", s.gloss());
    node.put("reports", s.reports().orElse(null));
    node.put("condition", s.condition().orElse(null));
  }

  private static void optional(ObjectNode node, String field, Optional<Long> value) {
    if (value.isPresent()) {
      node.put(field, value.get());
    } else {
      node.putNull(field);
    }
  }

  private static void range(ObjectNode node, DateRange range) {
    node.put("from", range.from() == null ? null : range.from().toString());
    node.put("until", range.until() == null ? null : range.until().toString());
  }
}
