package org.claimcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.claimcheck.model.CheckResult;
import org.claimcheck.model.Report;
import org.claimcheck.model.Severity;
import org.junit.jupiter.api.Test;

/** The JSON report follows {@code schema/report.schema.json}, the schema shipped in the jar. */
class ReportSchemaTest {
  private static final Schema SCHEMA = load();

  private static Schema load() {
    try (InputStream in = JsonReport.class.getResourceAsStream("/schema/report.schema.json")) {
      assertThat(in).as("schema/report.schema.json on the classpath").isNotNull();
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(new ObjectMapper().readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What in {@code json} breaks the schema; empty when it conforms. */
  static List<Error> violations(JsonNode json) {
    return SCHEMA.validate(json);
  }

  @Test
  void theArticleReportConforms() throws Exception {
    for (Severity threshold : Severity.values()) {
      JsonNode json = new ObjectMapper().readTree(JsonReport.render(Reports.article(), threshold));
      assertThat(violations(json)).as("at least %s", threshold).isEmpty();
    }
  }

  @Test
  void anEmptyResultConforms() throws Exception {
    Report empty =
        new Report(
            new CheckResult(
                List.of(), List.of(), List.of(), new org.claimcheck.model.Coverage(0, 0, 0, 0)),
            List.of(),
            List.of());
    assertThat(violations(new ObjectMapper().readTree(JsonReport.render(empty, Severity.TENSION))))
        .isEmpty();
  }

  @Test
  void theSchemaRejectsAnUnknownSeverity() throws Exception {
    JsonNode json =
        new ObjectMapper().readTree(JsonReport.render(Reports.article(), Severity.TENSION));
    ((com.fasterxml.jackson.databind.node.ObjectNode) json.get("summary"))
        .put("minSeverity", "grave");
    assertThat(violations(json)).isNotEmpty();
  }
}
