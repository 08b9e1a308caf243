package org.claimcheck.claimsjson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.claimcheck.io.BundledResources;
import org.claimcheck.io.RdfLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON Schema of the claims format accepts the example files and refuses what the reader
 * refuses.
 */
class SchemaTest {
  static Schema schema;
  static final ObjectMapper MAPPER = new ObjectMapper();

  @BeforeAll
  static void loadSchema() throws IOException {
    try (InputStream in = SchemaTest.class.getResourceAsStream("/schema/claims.schema.json")) {
      assertThat(in).as("schema on the classpath").isNotNull();
      schema =
          SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
              .getSchema(MAPPER.readTree(in));
    }
  }

  @ParameterizedTest
  @MethodSource("examples")
  void theExamplesConform(String file) throws IOException {
    List<Error> errors = schema.validate(MAPPER.readTree(Path.of(file).toFile()));
    assertThat(errors).as(file).isEmpty();
  }

  /**
   * What {@code claimcheck schema FILE} writes accepts FILE: the enums hold every name the importer
   * accepts in the examples, so the written schema and the importer cannot drift apart.
   */
  @ParameterizedTest
  @MethodSource("examples")
  void theExamplesConformToTheSchemaWrittenWithTheirVocabulary(String file) throws IOException {
    // The golden articles stand alone; the others name the shared facts.
    List<Path> read =
        file.startsWith("examples/articles/")
            ? List.of(Path.of(file))
            : List.of(Path.of("facts"), Path.of(file));
    Graph known = RdfLoader.loadWithOntology(read).graph();
    JsonNode written = MAPPER.readTree(ClaimsSchema.write(Vocabulary.of(known)));
    Schema withVocabulary =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(written);

    assertThat(withVocabulary.validate(MAPPER.readTree(Path.of(file).toFile()))).as(file).isEmpty();
  }

  @Test
  void theWrittenSchemaRefusesAnUnknownEventTypeAndAcceptsADeclaredOne() throws IOException {
    JsonNode written =
        MAPPER.readTree(ClaimsSchema.write(Vocabulary.of(BundledResources.ontology())));
    Schema withVocabulary =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(written);
    JsonNode document = MAPPER.readTree(ClaimsErrorsTest.BASE);
    assertThat(withVocabulary.validate(document)).isEmpty();

    JsonNode misspelt =
        MAPPER.readTree(ClaimsErrorsTest.BASE.replace("\"eventType\": \"", "\"eventType\": \"x"));
    assertThat(withVocabulary.validate(misspelt))
        .extracting(e -> e.getInstanceLocation().toString())
        .contains("/claims/0/proposition/eventType");
  }

  @Test
  void theWrittenSchemaDescribesEachNameByItsTerm() throws IOException {
    JsonNode role =
        MAPPER
            .readTree(ClaimsSchema.write(Vocabulary.of(BundledResources.ontology())))
            .get("$defs")
            .get("role");
    List<String> values =
        MAPPER.convertValue(role.get("enum"), new TypeReference<List<String>>() {});
    List<String> descriptions =
        MAPPER.convertValue(role.get("enumDescriptions"), new TypeReference<List<String>>() {});

    assertThat(values)
        .contains("spokesperson", "Spokesperson", "spokesman", "متحدث رسمي", "cc:Spokesperson")
        .doesNotContain("cc:spokesperson");
    assertThat(descriptions.get(values.indexOf("spokesman")))
        .isEqualTo("cc:Spokesperson: spokesperson. Speaks officially for an organisation.");
  }

  static List<String> examples() {
    return List.of(
        "examples/claims/2021-02-22-coalition-denies-extra-troops.json",
        "src/test/resources/claims/2021-03-05-us-forces-leave-hasakah-base.json",
        "examples/articles/2007-09-07-petraeus-drawdown-report-denied/claims.json",
        "examples/articles/2019-07-22-cambodia-denies-china-base-deal/claims.json",
        "examples/articles/2019-11-02-sudan-denies-yemen-withdrawal-losses/claims.json",
        "examples/articles/2020-01-08-abdul-mahdi-letter-esper-denies/claims.json",
        "examples/articles/2021-11-12-kremlin-denies-ukraine-invasion-plans/claims.json",
        "examples/articles/2022-11-05-iran-admits-drones-before-war/claims.json",
        "examples/articles/2024-12-23-pentagon-2000-troops-syria/claims.json");
  }

  @Test
  void theTestDocumentConforms() throws IOException {
    assertThat(schema.validate(MAPPER.readTree(ClaimsErrorsTest.BASE))).isEmpty();
  }

  @Test
  void anUnknownFieldIsRefused() throws IOException {
    JsonNode doc =
        MAPPER.readTree(
            ClaimsErrorsTest.BASE.replace("\"gloss\":", "\"colour\": \"red\", \"gloss\":"));
    assertThat(schema.validate(doc))
        .extracting(e -> e.getInstanceLocation().toString())
        .contains("/claims/0");
  }

  @Test
  void aCountWrittenAsAStringIsRefused() throws IOException {
    JsonNode doc =
        MAPPER.readTree(ClaimsErrorsTest.BASE.replace("\"count\": 900", "\"count\": \"900\""));
    assertThat(schema.validate(doc))
        .extracting(e -> e.getInstanceLocation().toString())
        .contains("/claims/0/proposition/quantity/count");
  }
}
