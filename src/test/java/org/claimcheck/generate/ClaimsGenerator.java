package org.claimcheck.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes a realistic claims graph as N-Triples, the same bytes for the same size and seed.
 *
 * <p>The graph has a gazetteer of five levels (regions, countries, governorates, cities,
 * localities), states with armed forces, commands and units linked by {@code cc:partOf} (some
 * forces belong to a coalition too), spokespersons and media outlets, and articles of about ten
 * assertions each by official and media sources, over seven years, with troop and base counts and
 * Arabic and English labels and quotes.
 *
 * <p><b>The background cannot conflict.</b> Background assertions affirm only {@link #AFFIRMED}
 * types and deny only {@link #DENIED} types, and no bundled rule relates an affirmed type to a
 * denied one or two affirmed types (no type is both affirmed and denied; no affirmed type entails a
 * denied one; no affirmed type entails, directly or not, the opposite of another affirmed type's
 * entailments). Counts are a function of event type, agent and place, so two counts of the same
 * thing never differ. Agents, places and times are otherwise drawn freely.
 *
 * <p><b>Planted cases.</b> For each bundled rule, {@link #casesPerRule} pairs that the rule (and no
 * other) reports, and as many near misses of each kind (other place, other time, other actor) that
 * no rule may report. Every case has its own actors (an organisation, its force and two sibling
 * units), so no case can meet another case or the background. The expectation lines are those of
 * the rule fixtures: {@code rule a b} (the pair as the checker reports it: the affirmation or the
 * later count as A; for symmetric rules the IRIs in ascending order) and {@code near-miss a b why},
 * tab-separated.
 */
public final class ClaimsGenerator {
  /** The namespace of generated data. */
  public static final String NS = "https://example.org/claimcheck-bench/";

  /** The ids of the rules planted, one kind of case each. */
  public static final List<String> RULES =
      List.of(
          "antonymy",
          "antonymy-entailed",
          "entailment",
          "host",
          "modality",
          "modality-opposition",
          "negation",
          "numbers",
          "numbers-approximate",
          "numbers-bounds",
          "numbers-trend",
          "same-side",
          "same-side-entailed");

  private static final String CC = "https://w3id.org/claimcheck#";
  private static final String RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
  private static final String LABEL = "http://www.w3.org/2000/01/rdf-schema#label";
  private static final String TITLE = "http://purl.org/dc/terms/title";
  private static final String XSD_DATE = "http://www.w3.org/2001/XMLSchema#date";
  private static final String XSD_INTEGER = "http://www.w3.org/2001/XMLSchema#integer";
  private static final LocalDate EPOCH = LocalDate.of(2018, 1, 1);
  private static final int DAYS = 7 * 365;

  /** Background types affirmed, with the modality they are affirmed in. */
  private static final String[][] AFFIRMED = {
    {"DeployAdditionalTroops", "Fact"},
    {"TroopIncrease", "Fact"},
    {"MilitaryPresence", "Fact"},
    {"RemainPresent", "Fact"},
    {"RemainPresent", "Commitment"},
    {"PartnerOperations", "Fact"},
    {"SecurityPatrols", "Fact"},
    {"TroopLevel", "Fact"},
    {"BaseCount", "Fact"},
    {"EstablishNewBase", "Intent"},
    {"MissionUnchanged", "Prediction"},
    {"Interference", "Fact"},
    {"Resurgence", "Fact"},
    {"CoreMembership", "Fact"},
    {"ArmsSupply", "Fact"},
    {"MilitaryExercise", "Fact"},
    {"DiplomaticVisit", "Fact"},
    {"Negotiations", "Plan"},
    {"IntelligenceSharing", "Fact"},
    {"HumanitarianAid", "Fact"},
  };

  /** Background types denied, with the modality they are denied in. */
  private static final String[][] DENIED = {
    {"Withdrawal", "Fact"}, {"Withdrawal", "Intent"}, {"TroopDecrease", "Fact"},
  };

  private static final String[] EXACTNESS = {"Exact", "Approximate", "VariesWithConditions"};

  /** What was written. */
  public record Summary(
      long triples,
      int articles,
      int assertions,
      int places,
      int actors,
      int planted,
      int nearMisses) {}

  private final Writer out;
  private final Writer expected;
  private final SplittableRandom random;
  private long triples;
  private int assertions;
  private int articles;
  private int planted;
  private int nearMisses;
  private int blank;

  // The gazetteer: places by level, each place's container.
  private final List<String> countries = new ArrayList<>();
  private final List<String> allPlaces = new ArrayList<>();
  private final List<String> localities = new ArrayList<>();
  private final List<int[]> localityPath = new ArrayList<>(); // country, governorate, city ids
  private final List<String> governorates = new ArrayList<>();
  private final List<String> cities = new ArrayList<>();
  // Actors: organisations that speak, agents of events, speakers.
  private final List<String> agents = new ArrayList<>();
  private final List<String> sides = new ArrayList<>();
  private final List<String> sideOfAgent = new ArrayList<>();
  private final List<String> spokesperson = new ArrayList<>(); // per side index
  private final List<String> outlets = new ArrayList<>();
  private int actors;

  private ClaimsGenerator(Writer out, Writer expected, long seed) {
    this.out = out;
    this.expected = expected;
    this.random = new SplittableRandom(seed);
  }

  /** Planted contradictions per rule for a graph of about {@code triples} triples. */
  public static int casesPerRule(long triples) {
    return (int) Math.max(1, triples / 50_000);
  }

  /**
   * Writes about {@code targetTriples} triples of facts to {@code facts} and the expectation to
   * {@code expectation}.
   */
  public static Summary write(long targetTriples, long seed, Writer facts, Writer expectation) {
    try {
      return new ClaimsGenerator(facts, expectation, seed).run(targetTriples);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Summary run(long target) throws IOException {
    expected.write("# Planted by claimcheck generate: 'rule a b' must be found exactly;\n");
    expected.write("# 'near-miss a b why' must not be reported by any rule.\n");
    gazetteer(target);
    actors(target);
    int perRule = casesPerRule(target);
    long planting = (long) perRule * RULES.size() * 4 * 80; // about 80 triples per case
    while (triples < target - planting) {
      article();
    }
    int caseNo = 0;
    for (int i = 0; i < perRule; i++) {
      for (String rule : RULES) {
        plant(rule, null, caseNo++);
        for (String miss : List.of("place", "time", "actor")) {
          plant(rule, miss, caseNo++);
        }
      }
    }
    out.flush();
    expected.flush();
    return new Summary(
        triples, articles, assertions, allPlaces.size(), actors, planted, nearMisses);
  }

  // ------------------------------------------------------------------ gazetteer

  private void gazetteer(long target) throws IOException {
    int fan = (int) Math.max(2, Math.round(Math.cbrt(target / 60.0 / 12.0)));
    String[] regions = {NS + "place/region-0", NS + "place/region-1"};
    for (int r = 0; r < regions.length; r++) {
      place(regions[r], "Region", "Region " + r, "منطقة " + r, null);
    }
    for (int c = 0; c < 12; c++) {
      String country = NS + "place/c" + c;
      place(country, "Country", "Country " + c, "بلد " + c, regions[c % 2]);
      countries.add(country);
      for (int g = 0; g < fan; g++) {
        String gov = country + "-g" + g;
        place(gov, "Governorate", "Governorate " + c + "." + g, "محافظة " + c + "." + g, country);
        governorates.add(gov);
        for (int y = 0; y < fan; y++) {
          String city = gov + "-y" + y;
          place(
              city, "City", "City " + c + "." + g + "." + y, "مدينة " + c + "." + g + "." + y, gov);
          cities.add(city);
          for (int l = 0; l < fan; l++) {
            String loc = city + "-l" + l;
            place(
                loc,
                "Locality",
                "Locality " + c + "." + g + "." + y + "." + l,
                "بلدة " + c + "." + g + "." + y + "." + l,
                city);
            localities.add(loc);
            localityPath.add(new int[] {c, governorates.size() - 1, cities.size() - 1});
          }
        }
      }
    }
  }

  private void place(String iri, String kind, String en, String ar, String within)
      throws IOException {
    iri(iri, RDF_TYPE, CC + kind);
    lang(iri, LABEL, en, "en");
    lang(iri, LABEL, ar, "ar");
    if (within != null) {
      iri(iri, CC + "within", within);
    }
    allPlaces.add(iri);
  }

  // ------------------------------------------------------------------ actors

  private void actors(long target) throws IOException {
    int states = 12;
    int forcesPerState = 3;
    int unitsPerForce = (int) Math.max(2, target / 400 / (states * forcesPerState));
    String[] coalitions = new String[3];
    for (int k = 0; k < coalitions.length; k++) {
      coalitions[k] = NS + "actor/coalition-" + k;
      actor(coalitions[k], "Organisation", "Coalition " + k, "تحالف " + k);
      side(coalitions[k]);
    }
    for (int s = 0; s < states; s++) {
      String state = NS + "actor/state-" + s;
      actor(state, "State", "State " + s, "دولة " + s);
      int stateSide = side(state);
      agent(state, stateSide);
      for (int f = 0; f < forcesPerState; f++) {
        String force = state + "-force-" + f;
        actor(force, "ArmedForce", "Forces " + s + "." + f, "قوات " + s + "." + f);
        iri(force, CC + "partOf", state);
        if ((s + f) % 4 == 0) {
          iri(force, CC + "partOf", coalitions[(s + f) % coalitions.length]);
        }
        int forceSide = side(force);
        agent(force, forceSide);
        for (int u = 0; u < unitsPerForce; u++) {
          String unit = force + "-unit-" + u;
          actor(
              unit, "ArmedForce", "Unit " + s + "." + f + "." + u, "وحدة " + s + "." + f + "." + u);
          iri(unit, CC + "partOf", force);
          agent(unit, forceSide);
        }
      }
    }
    int media = (int) Math.max(4, target / 50_000);
    for (int m = 0; m < media; m++) {
      String outlet = NS + "actor/outlet-" + m;
      actor(outlet, m % 3 == 0 ? "NewsAgency" : "MediaOutlet", "Outlet " + m, "وسيلة إعلامية " + m);
      outlets.add(outlet);
    }
    actor(NS + "actor/unnamed", "UnnamedSources", "unnamed sources", "مصادر غير مسماة");
  }

  private void actor(String iri, String kind, String en, String ar) throws IOException {
    iri(iri, RDF_TYPE, CC + kind);
    lang(iri, LABEL, en, "en");
    lang(iri, LABEL, ar, "ar");
    actors++;
  }

  private int side(String org) throws IOException {
    sides.add(org);
    String person = org + "-spokesperson";
    actor(
        person,
        "Person",
        "Spokesperson of " + org.substring(org.lastIndexOf('/') + 1),
        "المتحدث باسم " + org.substring(org.lastIndexOf('/') + 1));
    iri(person, CC + "spokespersonOf", org);
    spokesperson.add(person);
    return sides.size() - 1;
  }

  private void agent(String iri, int side) {
    agents.add(iri);
    sideOfAgent.add(sides.get(side));
  }

  // ------------------------------------------------------------------ background articles

  private void article() throws IOException {
    int n = articles++;
    String article = NS + "article/" + n;
    LocalDate published = EPOCH.plusDays(random.nextInt(DAYS));
    boolean arabic = random.nextInt(3) != 0;
    articleHeader(article, published, arabic, "Article " + n, "مقال " + n);
    int agentIx = random.nextInt(agents.size());
    String agent = agents.get(agentIx);
    String side = sideOfAgent.get(agentIx);
    String spox = spokesperson.get(sides.indexOf(side));
    String outlet = outlets.get(random.nextInt(outlets.size()));
    String statement =
        source(article + "#statement", "OfficialStatement", null, "Statement of " + n);
    String report = source(article + "#report", "MediaReport", outlet, "Report of " + n);
    String place = allPlaces.get(random.nextInt(allPlaces.size()));
    int count = 9 + random.nextInt(3);
    for (int i = 0; i < count; i++) {
      boolean deny = random.nextInt(5) == 0;
      String[] kind =
          deny ? DENIED[random.nextInt(DENIED.length)] : AFFIRMED[random.nextInt(AFFIRMED.length)];
      boolean official = random.nextBoolean();
      // Most assertions of an article are about its actor and place; some about their relatives.
      String about = random.nextInt(4) == 0 ? agents.get(random.nextInt(agents.size())) : agent;
      String where =
          random.nextInt(4) == 0 ? allPlaces.get(random.nextInt(allPlaces.size())) : place;
      LocalDate from = published.minusDays(random.nextInt(30));
      LocalDate until = from.plusDays(random.nextInt(20));
      LocalDate stated = published.minusDays(random.nextInt(3));
      Integer quantity = null;
      String unit = null;
      if (kind[0].equals("TroopLevel") || kind[0].equals("BaseCount")) {
        // A function of type, agent and place: two counts of the same thing never differ.
        int h = Math.floorMod((kind[0] + about + where).hashCode(), 1000);
        quantity = kind[0].equals("TroopLevel") ? 100 + h * 10 : 1 + h % 12;
        unit = kind[0].equals("TroopLevel") ? "Soldier" : "Base";
      }
      Assertion a =
          new Assertion(
              article + "#s" + i,
              article,
              official ? spox : outlet,
              official ? "Spokesperson" : "Reporter",
              official ? side : outlet,
              official ? statement : report,
              stated,
              stated,
              deny ? "Denies" : "Affirms",
              kind[1],
              kind[0],
              List.of(about),
              List.of(where),
              from,
              until,
              quantity,
              null,
              unit,
              quantity == null ? null : EXACTNESS[random.nextInt(EXACTNESS.length)],
              null,
              arabic);
      assertion(a);
    }
  }

  private void articleHeader(
      String article, LocalDate published, boolean arabic, String en, String ar)
      throws IOException {
    iri(article, RDF_TYPE, CC + "Article");
    lang(article, TITLE, en, "en");
    if (arabic) {
      lang(article, TITLE, ar, "ar");
    }
    date(article, CC + "published", published);
    literal(article, CC + "language", arabic ? "ar" : "en");
  }

  private String source(String iri, String kind, String publishedBy, String title)
      throws IOException {
    iri(iri, RDF_TYPE, CC + kind);
    lang(iri, TITLE, title, "en");
    if (publishedBy != null) {
      iri(iri, CC + "publishedBy", publishedBy);
    }
    return iri;
  }

  private record Assertion(
      String iri,
      String article,
      String speaker,
      String role,
      String side,
      String source,
      LocalDate statedFrom,
      LocalDate statedUntil,
      String polarity,
      String modality,
      String type,
      List<String> agents,
      List<String> places,
      LocalDate from,
      LocalDate until,
      Integer count,
      Integer atLeast,
      String unit,
      String exactness,
      String host,
      boolean arabic) {}

  private void assertion(Assertion a) throws IOException {
    assertions++;
    String s = a.iri();
    iri(s, RDF_TYPE, CC + "Assertion");
    iri(s, CC + "inArticle", a.article());
    iri(s, CC + "speaker", a.speaker());
    iri(s, CC + "speakerRole", CC + a.role());
    iri(s, CC + "onBehalfOf", a.side());
    iri(s, CC + "source", a.source());
    date(s, CC + "statedFrom", a.statedFrom());
    date(s, CC + "statedUntil", a.statedUntil());
    iri(s, CC + "polarity", CC + a.polarity());
    iri(s, CC + "modality", CC + a.modality());
    String p = "_:p" + blank++;
    line(s, CC + "proposition", p);
    String words =
        (a.polarity().equals("Denies") ? "denies " : "says ")
            + a.modality().toLowerCase(Locale.ROOT)
            + " "
            + a.type()
            + " by "
            + local(a.agents().get(0))
            + " in "
            + local(a.places().get(0))
            + " from "
            + a.from()
            + " to "
            + a.until()
            + (a.count() == null ? "" : ": " + a.count());
    if (a.arabic()) {
      lang(
          s,
          CC + "quote",
          (a.polarity().equals("Denies") ? "نفى " : "قال ") + "المصدر " + words,
          "ar");
    } else {
      lang(s, CC + "quote", "The source " + words, "en");
    }
    lang(s, CC + "gloss", "The source " + words + ".", "en");
    line(p, RDF_TYPE, "<" + CC + "Proposition>");
    line(p, CC + "eventType", "<" + CC + a.type() + ">");
    for (String agent : a.agents()) {
      line(p, CC + "agent", "<" + agent + ">");
    }
    for (String place : a.places()) {
      line(p, CC + "location", "<" + place + ">");
    }
    if (a.host() != null) {
      line(p, CC + "host", "<" + a.host() + ">");
    }
    line(p, CC + "holdsFrom", dateLiteral(a.from()));
    line(p, CC + "holdsUntil", dateLiteral(a.until()));
    if (a.count() != null || a.atLeast() != null) {
      String q = "_:q" + blank++;
      line(p, CC + "quantity", q);
      line(q, RDF_TYPE, "<" + CC + "Quantity>");
      if (a.count() != null) {
        line(q, CC + "count", "\"" + a.count() + "\"^^<" + XSD_INTEGER + ">");
        line(q, CC + "exactness", "<" + CC + a.exactness() + ">");
      } else {
        line(q, CC + "atLeast", "\"" + a.atLeast() + "\"^^<" + XSD_INTEGER + ">");
      }
      line(q, CC + "unit", "<" + CC + a.unit() + ">");
    }
  }

  // ------------------------------------------------------------------ planted cases

  /** The actors of one case: an organisation, its force, two sibling units, a spokesperson. */
  private record CaseActors(String org, String force, String unit, String sibling, String spox) {}

  private CaseActors caseActors(int caseNo) throws IOException {
    String org = NS + "actor/case-" + caseNo;
    actor(org, "Organisation", "Case organisation " + caseNo, "منظمة الحالة " + caseNo);
    String force = org + "-force";
    actor(force, "ArmedForce", "Case forces " + caseNo, "قوات الحالة " + caseNo);
    iri(force, CC + "partOf", org);
    String unit = org + "-unit-1";
    actor(unit, "ArmedForce", "Case unit " + caseNo + ".1", "وحدة الحالة " + caseNo + ".1");
    iri(unit, CC + "partOf", force);
    String sibling = org + "-unit-2";
    actor(sibling, "ArmedForce", "Case unit " + caseNo + ".2", "وحدة الحالة " + caseNo + ".2");
    iri(sibling, CC + "partOf", force);
    String spox = org + "-spokesperson";
    actor(spox, "Person", "Spokesperson of case " + caseNo, "المتحدث باسم الحالة " + caseNo);
    iri(spox, CC + "spokespersonOf", org);
    return new CaseActors(org, force, unit, sibling, spox);
  }

  /** One side of a planted pair before a near miss moves it. */
  private static final class Draft {
    String name;
    boolean official;
    String side;
    String polarity = "Affirms";
    String modality = "Fact";
    String type;
    String agent;
    String place;
    int from;
    int until;
    Integer count;
    Integer atLeast;
    String exactness;
    String host;

    Draft(String name) {
      this.name = name;
    }
  }

  /**
   * Writes one case of {@code rule}: the pair it reports when {@code miss} is null, else a near
   * miss that differs from it in one way ({@code place}, {@code time} or {@code actor}).
   */
  private void plant(String rule, String miss, int caseNo) throws IOException {
    CaseActors c = caseActors(caseNo);
    int ix = random.nextInt(localities.size());
    String locality = localities.get(ix);
    int[] path = localityPath.get(ix);
    String city = cities.get(path[2]);
    String governorate = governorates.get(path[1]);
    String country = countries.get(path[0]);
    String elsewhere = otherCountryLocality(path[0]);
    Draft a = new Draft("a");
    Draft b = new Draft("b");
    Draft e = null; // the earlier count of numbers-trend
    switch (rule) {
      case "negation" -> {
        set(a, false, c.org, "Affirms", "Fact", "DeployAdditionalTroops", c.unit, locality, 0, 6);
        set(b, true, c.org, "Denies", "Fact", "DeployAdditionalTroops", c.org, country, 2, 4);
      }
      case "entailment" -> {
        set(a, false, c.org, "Affirms", "Fact", "DeployAdditionalTroops", c.unit, locality, 0, 6);
        set(b, true, c.org, "Denies", "Fact", "TroopIncrease", c.force, governorate, 3, 3);
      }
      case "same-side" -> {
        set(a, true, c.org, "Affirms", "Fact", "TroopIncrease", c.force, city, 0, 10);
        set(b, true, c.force, "Denies", "Fact", "TroopIncrease", c.org, country, 5, 20);
      }
      case "same-side-entailed" -> {
        set(a, true, c.org, "Affirms", "Fact", "EstablishNewBase", c.unit, locality, 0, 6);
        set(b, true, c.force, "Denies", "Fact", "BaseIncrease", c.force, governorate, 2, 9);
      }
      case "antonymy" -> {
        set(a, false, c.org, "Affirms", "Fact", "TroopIncrease", c.unit, locality, 0, 6);
        set(b, true, c.org, "Affirms", "Fact", "TroopDecrease", c.force, governorate, 3, 9);
      }
      case "antonymy-entailed" -> {
        set(a, true, c.org, "Affirms", "Fact", "EnterNewMissionPhase", c.force, country, 0, 14);
        set(b, true, c.org, "Affirms", "Fact", "MissionUnchanged", c.org, city, 10, 10);
      }
      case "modality" -> {
        set(a, true, c.org, "Affirms", "Prediction", "TroopDecrease", c.force, country, 0, 180);
        set(b, true, c.org, "Denies", "Intent", "Withdrawal", c.unit, city, 30, 200);
      }
      case "modality-opposition" -> {
        set(a, true, c.org, "Affirms", "Prediction", "TroopDecrease", c.org, country, 0, 180);
        set(b, false, c.org, "Affirms", "Fact", "DeployAdditionalTroops", c.unit, locality, 20, 26);
      }
      case "numbers" -> {
        set(a, true, c.org, "Affirms", "Fact", "TroopLevel", c.unit, city, 0, 10);
        set(b, false, c.org, "Affirms", "Fact", "TroopLevel", c.unit, city, 5, 15);
        a.count = 900;
        a.exactness = "Exact";
        b.count = 1200;
        b.exactness = "Exact";
      }
      case "numbers-approximate" -> {
        set(a, true, c.org, "Affirms", "Fact", "TroopLevel", c.unit, city, 0, 10);
        set(b, false, c.org, "Affirms", "Fact", "TroopLevel", c.unit, city, 5, 15);
        a.count = 900;
        a.exactness = "VariesWithConditions";
        b.count = 1300;
        b.exactness = "Exact";
      }
      case "numbers-trend" -> {
        e = new Draft("e");
        set(e, true, c.org, "Affirms", "Fact", "TroopLevel", c.unit, city, 0, 0);
        e.count = 900;
        e.exactness = "Exact";
        set(a, false, c.org, "Affirms", "Fact", "TroopLevel", c.unit, city, 60, 60);
        a.count = 1500;
        a.exactness = "Exact";
        set(b, true, c.org, "Denies", "Fact", "TroopIncrease", c.force, country, 10, 20);
      }
      case "host" -> {
        // A force of another case's kind builds a base on the organisation's soil; the
        // organisation denies hosting any foreign base there.
        set(a, false, c.org, "Affirms", "Fact", "EstablishNewBase", c.sibling, locality, 0, 6);
        a.host = c.unit;
        set(b, true, c.org, "Denies", "Fact", "HostForeignBase", c.force, country, 2, 8);
      }
      case "numbers-bounds" -> {
        set(a, false, c.org, "Affirms", "Fact", "TroopLevel", c.unit, city, 0, 10);
        set(b, true, c.org, "Affirms", "Fact", "TroopLevel", c.unit, city, 5, 15);
        a.atLeast = 1801;
        b.count = 900;
        b.exactness = "Exact";
      }
      default -> throw new IllegalArgumentException("no planted case for rule " + rule);
    }
    String why;
    if (miss == null) {
      why = null;
    } else {
      switch (miss) {
        case "place" -> {
          // Both counts of the numbers rules must share one place: move both sides away from it.
          b.place = elsewhere;
          why = "other place: " + local(elsewhere) + " is in another country";
        }
        case "time" -> {
          int end = Math.max(a.until, e == null ? a.until : e.until);
          int length = b.until - b.from;
          if (rule.equals("numbers-trend")) {
            end = a.from; // the denial must miss the span between the two counts
          }
          b.from = end + 1;
          b.until = end + 1 + length;
          why = "other time: the day after the other side's time ends";
        }
        case "actor" -> {
          for (Draft d : e == null ? List.of(a) : List.of(a, e)) {
            d.agent = c.unit;
          }
          b.agent = c.sibling;
          if (a.host != null) {
            a.host = c.unit; // the host is the one the rule compares with the denial's agent
          }
          why = "other actor: sibling units of one force";
        }
        default -> throw new IllegalArgumentException(miss);
      }
    }
    String article = NS + "article/case-" + caseNo;
    LocalDate day0 = EPOCH.plusDays(random.nextInt(DAYS - 400));
    LocalDate published = day0.plusDays(300);
    articleHeader(
        article, published, false, "Case " + caseNo + " (" + rule + ")", "الحالة " + caseNo);
    String statement =
        source(article + "#statement", "OfficialStatement", null, "Statement of case " + caseNo);
    String outlet = outlets.get(random.nextInt(outlets.size()));
    String report = source(article + "#report", "MediaReport", outlet, "Report of case " + caseNo);
    for (Draft d : e == null ? List.of(a, b) : List.of(a, b, e)) {
      LocalDate from = day0.plusDays(d.from);
      LocalDate stated = day0.plusDays(Math.max(d.from, 0));
      assertion(
          new Assertion(
              article + "#" + d.name,
              article,
              d.official ? spokespersonOf(c, d.side) : outlet,
              d.official ? (d.side.equals(c.org) ? "Spokesperson" : "Institution") : "Reporter",
              d.official ? d.side : outlet,
              d.official ? statement : report,
              stated,
              stated,
              d.polarity,
              d.modality,
              d.type,
              List.of(d.agent),
              List.of(d.place),
              from,
              day0.plusDays(d.until),
              d.count,
              d.atLeast,
              d.count == null && d.atLeast == null ? null : "Soldier",
              d.exactness,
              d.host,
              false));
    }
    String aIri = article + "#a";
    String bIri = article + "#b";
    if (why == null) {
      expected.write(rule + "\t" + aIri + "\t" + bIri + "\n");
      planted++;
    } else {
      expected.write("near-miss\t" + aIri + "\t" + bIri + "\t" + rule + ", " + why + "\n");
      nearMisses++;
    }
  }

  private static String spokespersonOf(CaseActors c, String side) {
    // The organisation speaks through its spokesperson; its force speaks as an institution.
    return side.equals(c.org) ? c.spox : side;
  }

  private static void set(
      Draft d,
      boolean official,
      String side,
      String polarity,
      String modality,
      String type,
      String agent,
      String place,
      int from,
      int until) {
    d.official = official;
    d.side = side;
    d.polarity = polarity;
    d.modality = modality;
    d.type = type;
    d.agent = agent;
    d.place = place;
    d.from = from;
    d.until = until;
  }

  private String otherCountryLocality(int country) {
    while (true) {
      int ix = random.nextInt(localities.size());
      if (localityPath.get(ix)[0] != country) {
        return localities.get(ix);
      }
    }
  }

  // ------------------------------------------------------------------ N-Triples

  private void iri(String s, String p, String o) throws IOException {
    line(s, p, "<" + o + ">");
  }

  private void lang(String s, String p, String text, String tag) throws IOException {
    line(s, p, "\"" + escape(text) + "\"@" + tag);
  }

  private void literal(String s, String p, String text) throws IOException {
    line(s, p, "\"" + escape(text) + "\"");
  }

  private void date(String s, String p, LocalDate day) throws IOException {
    line(s, p, dateLiteral(day));
  }

  private static String dateLiteral(LocalDate day) {
    return "\"" + day + "\"^^<" + XSD_DATE + ">";
  }

  private void line(String s, String p, String o) throws IOException {
    out.write(s.startsWith("_:") ? s : "<" + s + ">");
    out.write(" <");
    out.write(p);
    out.write("> ");
    out.write(o);
    out.write(" .\n");
    triples++;
  }

  private static String escape(String text) {
    return text.replace("\\", "\\\\").replace("\"", "\\\"");
  }

  private static String local(String iri) {
    return iri.substring(iri.lastIndexOf('/') + 1);
  }
}
