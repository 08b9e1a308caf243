package org.claimcheck.claimsjson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.claimcheck.claimsjson.ClaimsSkeleton.Language;
import org.claimcheck.claimsjson.ClaimsSkeleton.NewArticle;
import org.claimcheck.error.ClaimcheckException;
import org.claimcheck.io.BundledResources;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The skeleton of a new claims file: its article id, its conformance to the schema, its draft. */
class ClaimsSkeletonTest {
  static final ObjectMapper MAPPER = new ObjectMapper();
  static com.fasterxml.jackson.databind.JsonNode schemaJson;
  static Schema schema;

  @TempDir Path dir;

  @BeforeAll
  static void loadSchema() throws IOException {
    try (InputStream in =
        ClaimsSkeletonTest.class.getResourceAsStream("/schema/claims.schema.json")) {
      schemaJson = MAPPER.readTree(in);
    }
    schema =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schemaJson);
  }

  private static NewArticle article(String url, Language language, String title) {
    return new NewArticle(
        URI.create(url), LocalDate.of(2021, 2, 22), "Example Times", language, title);
  }

  @Test
  void theSchemaItNamesIsTheBundledSchema() {
    assertThat(ClaimsSkeleton.SCHEMA).isEqualTo(schemaJson.get("$id").asText());
  }

  @ParameterizedTest(name = "{0} | {1} = {2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
          https://example.com/x                                   | The Coalition Denies Extra Troops | 2021-02-22-the-coalition-denies-extra-troops
          https://example.com/x                                   | Réunion: l'armée « ne part pas »  | 2021-02-22-reunion-l-armee-ne-part-pas
          https://example.com/2021/02/coalition-denies.html       | التحالف الدولي ينفي               | 2021-02-22-coalition-denies
          https://example.com/news/coalition-denies/              | -                                 | 2021-02-22-coalition-denies
          https://example.com/archives/460505                     | -                                 | 2021-02-22-460505
          https://example.com/%D8%A7%D9%84%D8%AA%D8%AD%D8%A7%D9%84%D9%81/2021 | -                    | 2021-02-22-2021
          https://example.com/                                    | -                                 | 2021-02-22-article
          https://example.com/x | one two three four five six seven eight nine ten eleven twelve thirteen | 2021-02-22-one-two-three-four-five-six-seven-eight-nine-ten-eleven
          """)
  void theArticleIdIsTheDateAndASlugOfTheTitleElseOfTheUrl(String url, String title, String id) {
    assertThat(ClaimsSkeleton.articleId(article(url, Language.EN, title))).isEqualTo(id);
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      nullValues = "-",
      textBlock =
          """
          EN, The Coalition Denies Extra Troops
          AR, التحالف الدولي ينفي
          EN, -
          """)
  void theSkeletonConformsToTheSchema(Language language, String title) throws IOException {
    String json = ClaimsSkeleton.json(article("https://example.com/a/b", language, title), "a.txt");
    assertThat(schema.validate(MAPPER.readTree(json))).as(json).isEmpty();
    assertThat(json).endsWith("}\n").contains("\"eventTypes\": [],\n", "\"draft\": true,\n");
  }

  @Test
  void theSameArticleGivesTheSameBytes() {
    NewArticle a = article("https://example.com/a/b", Language.EN, "T");
    assertThat(ClaimsSkeleton.json(a, "a.txt")).isEqualTo(ClaimsSkeleton.json(a, "a.txt"));
  }

  /** Its example cannot pass for a claim of the article: without "draft" it is refused. */
  @Test
  void theExampleWithoutItsDraftMarkIsRefused() throws IOException {
    String json =
        ClaimsSkeleton.json(article("https://example.com/a/b", Language.EN, "T"), "a.txt")
            .replace("\"draft\": true,\n", "");
    Path file = dir.resolve("a.json");
    Files.writeString(file, json, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("a.txt"), "Officials said nothing.", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> ClaimsImporter.read(file, BundledResources.ontology(), dir))
        .isInstanceOf(ClaimcheckException.class)
        .satisfies(
            e ->
                assertThat(((ClaimcheckException) e).messages())
                    .hasSize(9)
                    .allMatch(m -> m.startsWith(file + ":"))
                    .anyMatch(m -> m.contains("/claims/0/speaker: unknown actor \"WHO SAID IT\""))
                    .anyMatch(
                        m ->
                            m.contains(
                                "/claims/0/quote: the quote of claim \"example\" does not occur")));
  }

  @Test
  void aUrlThatIsNotHttpIsRefused() {
    assertThatThrownBy(() -> article("ftp://example.com/a", Language.EN, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> article("https://example.com/a", Language.EN, " "))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
