package org.claimcheck.claimsjson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.claimcheck.error.ClaimcheckException;
import org.claimcheck.io.BundledResources;
import org.claimcheck.vocab.CC;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the claims format says beyond the first article, read against the bundled ontology alone
 * (vocabulary and world gazetteer, no facts directory), as {@code check claims.json} reads a file:
 * names by bare id, an undeclared outlet, several speakers, reported speech, non-answers,
 * conditions, targets and hosts, bounds, ranges, parts, open dates, declared event types, and
 * quotes through spelling variants.
 */
class WorldModelClaimsTest {
  private static final String ARTICLE = "https://w3id.org/claimcheck/id/article/t#";

  private static Graph known;

  @TempDir Path dir;

  @BeforeAll
  static void loadKnown() {
    known = BundledResources.ontology();
  }

  /** A file of one article (published Monday 2019-07-22) with {@code extra} sections and claims. */
  private static String file(String extra, String claims) {
    return """
        {
          "article": {"id": "t", "title": {"en": "T"}, "published": "2019-07-22", "language": "en",
                      "outlet": "Example Times",
                      "text": "Officials said the base is used by Chinese forces. Hun Sen denied it, calling it “fake news”. The minister would neither confirm nor deny. More than 1,800 troops and 900 soldiers are there."},
          %s
          "actors": [
            {"id": "Cambodia", "kind": "state", "label": {"en": "Cambodia", "ar": "كمبوديا"}},
            {"id": "ChineseForces", "kind": "armed force", "label": {"en": "Chinese forces"}},
            {"id": "HunSen", "kind": "person", "label": {"en": "Hun Sen"}, "speaksFor": "Cambodia"},
            {"id": "Minister", "kind": "person", "label": {"en": "the minister"}, "speaksFor": "Cambodia"},
            {"id": "USOfficials", "kind": "unnamed sources", "label": {"en": "US officials"}}
          ],
          "places": [{"id": "Ream", "kind": "site", "label": {"en": "Ream Naval Base"}, "within": "Cambodia"}],
          "sources": [{"id": "s", "kind": "press conference", "title": "A briefing"}],
          "claims": [%s]
        }
        """
        .formatted(extra, claims);
  }

  private static String claim(String id, String speaker, String more) {
    return """
        {"id": "%s", "speaker": %s, "role": "official", "source": "s", "said": "yesterday, Sunday",
         %s, "gloss": "G"}"""
        .formatted(id, speaker, more);
  }

  private static final String USE =
      "\"polarity\": \"affirms\", \"modality\": \"fact\", \"proposition\": {\"agent\": \"ChineseForces\","
          + " \"eventType\": \"obtaining access to a base\", \"location\": \"Ream\", \"host\": \"Cambodia\","
          + " \"time\": \"then\"}, \"quote\": \"the base is used by Chinese forces\"";

  private Graph read(String json) throws IOException {
    return ClaimsImporter.toGraph(write(json), known, dir);
  }

  private Path write(String json) throws IOException {
    Path file = dir.resolve("claims.json");
    Files.writeString(file, json, StandardCharsets.UTF_8);
    return file;
  }

  private static Node cc(String local) {
    return CC.term(local);
  }

  private static Node claimNode(String id) {
    return NodeFactory.createURI(ARTICLE + id);
  }

  private static Node proposition(Graph g, String id) {
    return g.find(claimNode(id), cc("proposition"), Node.ANY).next().getObject();
  }

  private static Set<Node> objects(Graph g, Node s, Node p) {
    return g.find(s, p, Node.ANY).mapWith(Triple::getObject).toSet();
  }

  @Test
  void aFileAloneResolvesBareIdsTheGazetteerAndTheVocabularyAndDeclaresItsOutlet()
      throws IOException {
    Graph g = read(file("", claim("use", "\"USOfficials\"", USE)));
    Node p = proposition(g, "use");
    assertThat(objects(g, p, cc("eventType"))).containsExactly(cc("BaseAccess"));
    assertThat(objects(g, p, cc("host")))
        .containsExactly(NodeFactory.createURI(ClaimsImporter.ACTOR_NS + "Cambodia"));
    assertThat(objects(g, NodeFactory.createURI(ClaimsImporter.PLACE_NS + "Ream"), CC.within))
        .containsExactly(NodeFactory.createURI(ClaimsImporter.PLACE_NS + "Cambodia"));
    Node outlet = NodeFactory.createURI(ClaimsImporter.ACTOR_NS + "ExampleTimes");
    assertThat(objects(g, outlet, org.apache.jena.vocabulary.RDF.type.asNode()))
        .containsExactly(cc("MediaOutlet"));
    assertThat(objects(g, outlet, RDFS.label.asNode()))
        .containsExactly(NodeFactory.createLiteralLang("Example Times", "en"));
    // "then" relative to "yesterday, Sunday" (2019-07-21)
    assertThat(objects(g, p, cc("holdsFrom")).iterator().next().getLiteralLexicalForm())
        .isEqualTo("2019-07-21");
  }

  @Test
  void aReportingClaimTakesTheReportedPropositionAndNoStanceOfItsOwn() throws IOException {
    String denial =
        claim(
            "denial",
            "\"HunSen\"",
            "\"polarity\": \"denies\", \"modality\": \"fact\", \"proposition\":"
                + " {\"agent\": \"Cambodia\", \"eventType\": \"cc:HostForeignForces\", \"location\": \"Cambodia\","
                + " \"time\": \"then\"}, \"quote\": \"Hun Sen denied it\"");
    String reporting =
        claim(
            "reported",
            "\"USOfficials\"",
            "\"reports\": \"denial\", \"quote\": \"Hun Sen denied it\"");
    Graph g = read(file("", reporting + "," + denial));
    assertThat(objects(g, claimNode("reported"), cc("polarity"))).containsExactly(cc("Reports"));
    assertThat(objects(g, claimNode("reported"), cc("reports")))
        .containsExactly(claimNode("denial"));
    assertThat(proposition(g, "reported")).isEqualTo(proposition(g, "denial"));
    assertThat(objects(g, claimNode("reported"), cc("modality"))).containsExactly(cc("Fact"));

    String withStance =
        claim(
            "reported",
            "\"USOfficials\"",
            "\"reports\": \"denial\", \"polarity\": \"denies\","
                + " \"quote\": \"Hun Sen denied it\"");
    assertThatThrownBy(() -> read(file("", withStance + "," + denial)))
        .isInstanceOf(ClaimcheckException.class)
        .hasMessageEndingWith(
            "/claims/0/polarity: a claim that reports another (\"reports\") takes the reported"
                + " claim's polarity; leave it out");
  }

  @Test
  void nonAnswersAndConditionsAreStances() throws IOException {
    String noAnswer =
        claim(
            "no-answer",
            "\"Minister\"",
            "\"polarity\": \"neither confirms nor denies\","
                + " \"modality\": \"fact\", \"proposition\": {\"agent\": \"ChineseForces\", \"eventType\":"
                + " \"cc:BaseAccess\", \"location\": \"Ream\", \"time\": \"not said\"}, \"quote\": \"would neither confirm nor deny\"");
    Graph g = read(file("", noAnswer));
    assertThat(objects(g, claimNode("no-answer"), cc("polarity")))
        .containsExactly(cc("NeitherConfirmsNorDenies"));
    Node p = proposition(g, "no-answer");
    assertThat(objects(g, p, cc("holdsFrom"))).isEmpty();
    assertThat(objects(g, p, cc("holdsUntil"))).isEmpty();

    String conditional =
        claim(
            "c",
            "\"HunSen\"",
            "\"polarity\": \"denies\", \"modality\": \"conditional\","
                + " \"proposition\": {\"agent\": \"Cambodia\", \"eventType\": \"cc:HostForeignForces\", \"location\":"
                + " \"Cambodia\", \"time\": \"in the coming months\"}, \"quote\": \"Hun Sen denied it\"");
    assertThatThrownBy(() -> read(file("", conditional)))
        .hasMessageEndingWith(
            "/claims/0/condition: missing: a conditional claim needs \"condition\", the words"
                + " of its condition as the article writes them (\"unless provoked\")");
  }

  @Test
  void speakersOfTwoSidesEachHoldTheClaimForTheirOwnSide() throws IOException {
    Graph g = read(file("", claim("both", "[\"HunSen\", \"USOfficials\"]", USE)));
    Node cambodia = NodeFactory.createURI(ClaimsImporter.ACTOR_NS + "Cambodia");
    Node officials = NodeFactory.createURI(ClaimsImporter.ACTOR_NS + "USOfficials");
    assertThat(objects(g, claimNode("both"), CC.onBehalfOf)).containsExactly(cambodia);
    assertThat(objects(g, claimNode("both"), CC.speaker))
        .containsExactly(NodeFactory.createURI(ClaimsImporter.ACTOR_NS + "HunSen"));
    assertThat(objects(g, claimNode("both~2"), CC.onBehalfOf)).containsExactly(officials);
    assertThat(objects(g, claimNode("both~2"), CC.speaker)).containsExactly(officials);
    assertThat(proposition(g, "both~2")).isEqualTo(proposition(g, "both"));
  }

  @Test
  void boundsRangesAndPartsBecomeWhatTheyAllow() throws IOException {
    String level =
        "\"polarity\": \"affirms\", \"modality\": \"fact\", \"proposition\": {\"agent\": \"ChineseForces\","
            + " \"eventType\": \"troop level\", \"location\": \"Ream\", \"time\": \"then\", \"quantity\": %s},"
            + " \"quote\": \"More than 1,800 troops\"";
    Graph g =
        read(
            file(
                "",
                String.join(
                    ",",
                    claim(
                        "more",
                        "\"USOfficials\"",
                        level.formatted(
                            "{\"count\": 1800, \"unit\": \"troops\", \"exactness\": \"more than\"}")),
                    claim(
                        "fewer",
                        "\"USOfficials\"",
                        level.formatted(
                            "{\"count\": 1000, \"unit\": \"soldiers\", \"exactness\": \"fewer than\", \"measures\": \"change\"}")),
                    claim(
                        "range",
                        "\"USOfficials\"",
                        level.formatted("{\"range\": [2000, 2500], \"unit\": \"soldiers\"}")),
                    claim(
                        "parts",
                        "\"USOfficials\"",
                        level.formatted(
                            "{\"unit\": \"soldiers\", \"parts\": [{\"count\": 900, \"exactness\": \"exact\", \"label\": \"core\"}, {\"count\": 1100, \"exactness\": \"approximate\"}]}")))));
    assertThat(quantity(g, "more")).isEqualTo("atLeast=1801");
    assertThat(quantity(g, "fewer")).isEqualTo("atMost=999 measures=Change");
    assertThat(quantity(g, "range")).isEqualTo("atLeast=2000 atMost=2500");
    assertThat(quantity(g, "parts")).isEqualTo("count=2000 exactness=Approximate part part");
  }

  /** The quantity's properties other than its type and unit, sorted, as {@code name=value}. */
  private static String quantity(Graph g, String id) {
    Node q = g.find(proposition(g, id), cc("quantity"), Node.ANY).next().getObject();
    return g.find(q, Node.ANY, Node.ANY).toList().stream()
        .filter(
            t ->
                t.getPredicate().getURI().startsWith(CC.NS) && !t.getPredicate().equals(cc("unit")))
        .map(
            t ->
                t.getPredicate().getLocalName()
                    + (t.getObject().isLiteral()
                        ? "=" + t.getObject().getLiteralLexicalForm()
                        : t.getObject().isURI() ? "=" + t.getObject().getLocalName() : ""))
        .sorted()
        .collect(Collectors.joining(" "));
  }

  @Test
  void declaredEventTypesLinkAndRefuseLoopsAndContradictions() throws IOException {
    String types =
        """
        "eventTypes": [{"id": "DroneSupply", "label": {"en": "supplying drones"}, "broader": "cc:ArmsSupply",
                        "opposes": "cc:ArmsEmbargo", "closeMatch": "plover:AID"}],
        """;
    Graph g = read(file(types, claim("use", "\"USOfficials\"", USE)));
    Node drones = NodeFactory.createURI(ClaimsImporter.TYPE_NS + "DroneSupply");
    assertThat(objects(g, drones, org.apache.jena.vocabulary.SKOS.broader.asNode()))
        .containsExactly(cc("ArmsSupply"));
    assertThat(objects(g, cc("ArmsEmbargo"), CC.opposes)).containsExactly(drones);
    assertThat(objects(g, drones, org.apache.jena.vocabulary.SKOS.closeMatch.asNode()))
        .containsExactly(NodeFactory.createURI("https://github.com/openeventdata/PLOVER#AID"));

    String loop =
        """
        "eventTypes": [{"id": "A", "label": {"en": "type a"}, "broader": "B"},
                       {"id": "B", "label": {"en": "type b"}, "entails": "A"}],
        """;
    assertThatThrownBy(() -> read(file(loop, claim("use", "\"USOfficials\"", USE))))
        .hasMessageEndingWith(
            "/eventTypes/0: the event type type:A entails itself through broader and entails: the vocabulary loops");
    String both =
        """
        "eventTypes": [{"id": "A", "label": {"en": "type a"}, "broader": "cc:Attack", "opposes": "cc:Attack"}],
        """;
    assertThatThrownBy(() -> read(file(both, claim("use", "\"USOfficials\"", USE))))
        .hasMessageEndingWith(
            "/eventTypes/0: the event type type:A both opposes cc:Attack and is linked to it by"
                + " entailment (broader or entails)");
  }

  @Test
  void quotesMatchThroughTypographicAndArabicVariantsAndAMissSaysWhere() throws IOException {
    String curly =
        claim(
            "q",
            "\"HunSen\"",
            "\"polarity\": \"denies\", \"modality\": \"fact\", \"proposition\":"
                + " {\"agent\": \"Cambodia\", \"eventType\": \"cc:HostForeignForces\", \"location\": \"Cambodia\","
                + " \"time\": \"then\"}, \"quote\": \"calling it \\\"fake news\\\"\"");
    assertThat(read(file("", curly)).contains(claimNode("q"), cc("quote"), Node.ANY)).isTrue();
    assertThat(Quotes.mismatch("قالت القوات الأميركية", "القوات الأمريكية")).isEmpty();
    assertThat(Quotes.mismatch("No forces are leaving Hasakah.", "no troops are leaving"))
        .contains(
            "the text and the quote agree up to \"no \", then the quote has \"troops are leaving\""
                + " where the text has \"forces are leaving hasak…\" (compared with spelling variants folded)");
  }

  @Test
  void aFileWithoutClaimsOrWithDraftsImports() throws IOException {
    Graph empty = read(file("", ""));
    assertThat(
            empty.contains(
                NodeFactory.createURI("https://w3id.org/claimcheck/id/article/t"),
                Node.ANY,
                Node.ANY))
        .isTrue();
    Graph drafts = read(file("", "{\"id\": \"later\", \"draft\": true, \"speaker\": \"HunSen\"}"));
    assertThat(drafts.contains(claimNode("later"), Node.ANY, Node.ANY)).isFalse();
  }

  @Test
  void aRecurrenceRecordsItsWordsAndTheDateAfterItGivesTheTime() throws IOException {
    String claims =
        String.join(
            ",\n",
            recurring("monthly", "\"monthly\""),
            recurring("every-2-weeks", "\"Every 2  weeks\""),
            recurring("since-2020", "\"every month since March 2020\""),
            recurring("said-so", "\"every year\", \"recurring\": \"each spring\""),
            recurring("not-recurring", "\"since March 2020\""));
    Graph g = read(file("", claims));
    assertThat(recurrenceAndTime(g, "monthly")).isEqualTo("monthly (time not said)");
    assertThat(recurrenceAndTime(g, "every-2-weeks")).isEqualTo("every 2 weeks (time not said)");
    assertThat(recurrenceAndTime(g, "since-2020")).isEqualTo("every month 2020-03-01..(open)");
    assertThat(recurrenceAndTime(g, "said-so"))
        .as("the words of \"recurring\" win")
        .isEqualTo("each spring (time not said)");
    assertThat(recurrenceAndTime(g, "not-recurring")).isEqualTo(" 2020-03-01..(open)");
  }

  private static String recurring(String id, String time) {
    return claim(id, "\"USOfficials\"", USE.replace("\"time\": \"then\"", "\"time\": " + time));
  }

  /** The claim's {@code cc:recurring} (or nothing) and the days its proposition holds. */
  private static String recurrenceAndTime(Graph g, String id) {
    Node p = proposition(g, id);
    String words =
        objects(g, p, cc("recurring")).stream()
            .map(Node::getLiteralLexicalForm)
            .sorted()
            .collect(Collectors.joining(", "));
    java.util.function.Function<String, java.time.LocalDate> day =
        property ->
            objects(g, p, cc(property)).stream()
                .map(n -> java.time.LocalDate.parse(n.getLiteralLexicalForm()))
                .findFirst()
                .orElse(null);
    return words
        + " "
        + new org.claimcheck.model.DateRange(day.apply("holdsFrom"), day.apply("holdsUntil"));
  }

  @Test
  void vagueDatesResolveToWhatTheArticleSays() {
    java.time.LocalDate monday = java.time.LocalDate.of(2019, 7, 22);
    org.claimcheck.model.DateRange day = org.claimcheck.model.DateRange.day(monday);
    assertThat(RelativeDates.resolve("last Tuesday", monday, day).toString())
        .isEqualTo("2019-07-16");
    assertThat(RelativeDates.resolve("on Monday", monday, day).toString()).isEqualTo("2019-07-22");
    assertThat(RelativeDates.resolve("late June 2019", monday, day).toString())
        .isEqualTo("2019-06-21..2019-06-30");
    assertThat(RelativeDates.resolve("earlier this month", monday, day).toString())
        .isEqualTo("2019-07-01..2019-07-21");
    assertThat(RelativeDates.resolve("since 2014", monday, day).toString())
        .isEqualTo("2014-01-01..(open)");
    assertThat(RelativeDates.resolve("before December 2018", monday, day).toString())
        .isEqualTo("(open)..2018-11-30");
    assertThat(RelativeDates.resolve("previously", monday, day).toString())
        .isEqualTo("(open)..2019-07-21");
    assertThat(RelativeDates.resolve("until further notice", monday, day).toString())
        .isEqualTo("2019-07-22..(open)");
    assertThat(RelativeDates.resolve("not said", monday, day).toString())
        .isEqualTo("(time not said)");
    assertThat(RelativeDates.resolve("last month", monday, day).toString())
        .isEqualTo("2019-06-01..2019-06-30");
    assertThatThrownBy(() -> RelativeDates.resolve("since 2014, Monday", monday, day))
        .hasMessageContaining("names a weekday but means 2014-01-01..(open), not one day");
  }

  @Test
  void aProvinceNoDeclarationNamesComesFromTheIsoSubdivisionsWithANote() throws IOException {
    String json =
        file("", claim("use", "\"USOfficials\"", USE))
            .replace("\"within\": \"Cambodia\"", "\"within\": \"preah sihanouk\"");

    ClaimsImporter.Imported imported =
        ClaimsImporter.read(write(json), known, BundledResources::subdivisions, dir);

    Node province = NodeFactory.createURI(ClaimsImporter.PLACE_NS + "KH-18");
    Node ream = NodeFactory.createURI(ClaimsImporter.PLACE_NS + "Ream");
    assertThat(imported.graph().contains(ream, CC.within, province)).isTrue();
    assertThat(
            imported
                .graph()
                .contains(
                    province,
                    CC.within,
                    NodeFactory.createURI(ClaimsImporter.PLACE_NS + "Cambodia")))
        .isTrue();
    assertThat(imported.review().notes())
        .extracting(Problem::message)
        .contains(
            "\"preah sihanouk\" is not a declared place: taken from the ISO 3166-2 subdivisions as place:KH-18"
                + " (Preah Sihanouk, within place:Cambodia)");
  }

  @Test
  void aKnownPlaceWithTheSubdivisionsIsoCodeStandsForIt() throws IOException {
    Graph withProvince = BundledResources.ontology();
    Node sihanoukville = NodeFactory.createURI(ClaimsImporter.PLACE_NS + "Sihanoukville");
    withProvince.add(
        sihanoukville, RDF.type.asNode(), NodeFactory.createURI(CC.NS + "Governorate"));
    withProvince.add(
        sihanoukville,
        NodeFactory.createURI(CC.NS + "isoCode"),
        NodeFactory.createLiteralString("KH-18"));
    String json =
        file("", claim("use", "\"USOfficials\"", USE))
            .replace("\"within\": \"Cambodia\"", "\"within\": \"Preah Sihanouk\"");

    ClaimsImporter.Imported imported =
        ClaimsImporter.read(write(json), withProvince, BundledResources::subdivisions, dir);

    assertThat(
            imported
                .graph()
                .contains(
                    NodeFactory.createURI(ClaimsImporter.PLACE_NS + "Ream"),
                    CC.within,
                    sihanoukville))
        .isTrue();
    assertThat(
            imported
                .graph()
                .contains(
                    NodeFactory.createURI(ClaimsImporter.PLACE_NS + "KH-18"), Node.ANY, Node.ANY))
        .isFalse();
  }

  @Test
  void aPlaceNeitherKnownNorASubdivisionIsStillRefused() throws IOException {
    String json =
        file("", claim("use", "\"USOfficials\"", USE))
            .replace("\"within\": \"Cambodia\"", "\"within\": \"Atlantis\"");

    assertThatThrownBy(
            () -> ClaimsImporter.read(write(json), known, BundledResources::subdivisions, dir))
        .hasMessageContaining("/places/0/within: unknown place \"Atlantis\"");
  }
}
