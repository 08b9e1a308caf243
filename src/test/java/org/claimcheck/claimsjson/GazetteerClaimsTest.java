package org.claimcheck.claimsjson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.claimcheck.io.BundledResources;
import org.claimcheck.io.ClaimsFiles;
import org.claimcheck.vocab.CC;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Place names of the world gazetteer in a claim's location, read as {@code check claims.json} reads
 * a file from any directory (the bundled ontology, and the ISO 3166-2 subdivisions for a name that
 * nothing else knows) or with the shared facts: "Washington" is the US capital, an Arabic
 * governorate name is its subdivision.
 */
class GazetteerClaimsTest {
  @TempDir Path dir;

  /** A file of one claim whose proposition is located at {@code location}. */
  private static String file(String location) {
    return """
        {
          "article": {"id": "t", "title": {"en": "T"}, "published": "2021-03-05", "language": "en",
                      "text": "The spokesman said no forces are leaving."},
          "actors": [
            {"id": "Spokesman", "kind": "person", "label": {"en": "the spokesman"}},
            {"id": "Forces", "kind": "armed force", "label": {"en": "the forces"}}
          ],
          "sources": [{"id": "s", "kind": "tweet", "title": "A tweet"}],
          "claims": [
            {"id": "c1", "speaker": "Spokesman", "role": "spokesperson", "source": "s",
             "said": "yesterday, Thursday", "polarity": "denies", "modality": "fact",
             "proposition": {"agent": "Forces", "eventType": "withdrawal of forces",
                             "location": "%s", "time": "then"},
             "quote": "no forces are leaving", "gloss": "No forces are leaving."}
          ]
        }
        """
        .formatted(location);
  }

  private ClaimsImporter.Imported read(String location, Graph known) throws IOException {
    Path file = dir.resolve("claims.json");
    Files.writeString(file, file(location), StandardCharsets.UTF_8);
    return ClaimsImporter.read(file, known, BundledResources::subdivisions, dir);
  }

  private static Set<Node> locations(ClaimsImporter.Imported imported) {
    return imported
        .graph()
        .find(Node.ANY, CC.term("location"), Node.ANY)
        .mapWith(Triple::getObject)
        .toSet();
  }

  /** The notes on places taken from the ISO 3166-2 subdivisions. */
  private static List<String> subdivisionNotes(ClaimsImporter.Imported imported) {
    return imported.review().notes().stream()
        .map(Problem::message)
        .filter(m -> m.contains("ISO 3166-2"))
        .toList();
  }

  private static Node place(String id) {
    return NodeFactory.createURI(ClaimsImporter.PLACE_NS + id);
  }

  @ParameterizedTest(name = "\"{0}\" = place:Washington")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      Washington
      Washington, D.C.
      Washington DC
      واشنطن
      """)
  void washingtonIsTheCapital(String name) throws IOException {
    ClaimsImporter.Imported imported = read(name, BundledResources.ontology());

    assertThat(locations(imported)).containsExactly(place("Washington"));
    assertThat(subdivisionNotes(imported)).isEmpty();
  }

  @Test
  void washingtonStateIsTheState() throws IOException {
    ClaimsImporter.Imported imported = read("Washington State", BundledResources.ontology());

    assertThat(locations(imported)).containsExactly(place("US-WA"));
    assertThat(imported.graph().contains(place("US-WA"), CC.within, place("UnitedStates")))
        .isTrue();
    assertThat(subdivisionNotes(imported))
        .containsExactly(
            "\"Washington State\" is not a declared place: taken from the ISO 3166-2 subdivisions as"
                + " place:US-WA (Washington State, within place:UnitedStates)");
  }

  @Test
  void anArabicGovernorateNameIsItsSubdivision() throws IOException {
    // Written with ه for ة, as users often type it: the importer folds the two together.
    ClaimsImporter.Imported imported = read("محافظه حلب", BundledResources.ontology());

    assertThat(locations(imported)).containsExactly(place("SY-HL"));
    assertThat(imported.graph().contains(place("SY-HL"), CC.within, place("Syria"))).isTrue();
    assertThat(subdivisionNotes(imported))
        .containsExactly(
            "\"محافظه حلب\" is not a declared place: taken from the ISO 3166-2 subdivisions as"
                + " place:SY-HL (Ḩalab, within place:Syria)");
  }

  @Test
  void theSharedFactsHasakahStandsForItsSubdivision() throws IOException {
    Graph facts = ClaimsFiles.known(Path.of("facts"));

    assertThat(locations(read("محافظة الحسكة", BundledResources.ontology())))
        .containsExactly(place("SY-HA"));
    assertThat(locations(read("محافظة الحسكة", facts))).containsExactly(place("Hasakah"));
    assertThat(locations(read("Al Hasakah", facts))).containsExactly(place("Hasakah"));
    assertThat(locations(read("Washington", facts))).containsExactly(place("Washington"));
  }
}
