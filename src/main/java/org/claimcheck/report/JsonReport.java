package org.claimcheck.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.claimcheck.model.Category;
import org.claimcheck.model.CheckResult;
import org.claimcheck.model.DateRange;
import org.claimcheck.model.Finding;
import org.claimcheck.model.RuleInfo;
import org.claimcheck.model.Severity;
import org.claimcheck.model.Statement;

/**
 * The findings as JSON, written with Jackson. The shape is versioned by {@code schemaVersion};
 * fields are written in a fixed order so the same result gives the same bytes.
 */
public final class JsonReport {
  /** Bumped whenever a field is renamed or removed. */
  public static final int SCHEMA_VERSION = 1;

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private JsonReport() {}

  /** Renders the findings of {@code result} at least as strong as {@code threshold}. */
  public static String render(CheckResult result, Severity threshold) {
    List<Finding> findings = result.atLeast(threshold);
    ObjectNode root = MAPPER.createObjectNode();
    root.put("schemaVersion", SCHEMA_VERSION);
    ObjectNode summary = root.putObject("summary");
    summary.put("statements", result.statements().size());
    summary.put("findings", findings.size());
    summary.put("minSeverity", threshold.id());
    ObjectNode bySeverity = summary.putObject("bySeverity");
    for (Severity s : Severity.values()) {
      bySeverity.put(s.id(), findings.stream().filter(f -> f.severity() == s).count());
    }
    ObjectNode byCategory = summary.putObject("byCategory");
    for (Category c : Category.values()) {
      byCategory.put(c.id(), findings.stream().filter(f -> f.category() == c).count());
    }
    ArrayNode rules = summary.putArray("rules");
    for (RuleInfo rule : result.rules()) {
      rules.addObject()
          .put("id", rule.id())
          .put("title", rule.title())
          .put("category", rule.category().id())
          .put("severity", rule.severity().id());
    }
    ArrayNode array = root.putArray("findings");
    for (Finding f : findings) {
      ObjectNode node = array.addObject();
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
      node.putObject("quantity")
          .put("count", s.quantity().get().count())
          .put("unit", s.quantity().get().unit())
          .put("exactness", s.quantity().get().exactness());
    } else {
      node.putNull("quantity");
    }
    node.putObject("quote").put("text", s.quote()).put("lang", s.language());
    s.restatements().forEach(node.putArray("restatements")::add);
    node.put("gloss", s.gloss());
  }

  private static void range(ObjectNode node, DateRange range) {
    node.put("from", range.from().toString());
    node.put("until", range.until().toString());
  }
}
