/*
 * The generator of claimcheck's world gazetteer: ontology/world.ttl (countries, UN M49 regions,
 * news regions, a few cities) and ontology/world-subdivisions.ttl (first-level ISO 3166-2
 * subdivisions).
 *
 * A single-file program that needs nothing but the JDK. Run it from the repository root:
 *
 *   java tools/gazetteer/WorldGazetteer.java              writes both files under ontology/
 *   java tools/gazetteer/WorldGazetteer.java --out DIR    writes them under DIR instead
 *
 * and, to refresh the committed source tables (see tools/gazetteer/README.md):
 *
 *   java tools/gazetteer/WorldGazetteer.java --extract-countries country-codes.csv
 *   java tools/gazetteer/WorldGazetteer.java --extract-subdivisions /usr/share/iso-codes
 *       [--locales /usr/share/locale]
 *   java tools/gazetteer/WorldGazetteer.java --extract-cldr-arabic ar.xml --cldr-commit HASH
 *
 * The output is deterministic: the same tables and the same JDK give the same bytes.
 */

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

public class WorldGazetteer {
  static final String TOOLS = "tools/gazetteer";
  static final Locale AR = Locale.forLanguageTag("ar");
  /** The Arabic names of the subdivisions extracted from CLDR (--extract-cldr-arabic). */
  static final String CLDR_ARABIC = "subdivisions-ar-cldr.tsv";
  /**
   * Countries whose CLDR subdivision ids follow a superseded ISO 3166-2 numbering, so that an id
   * names another subdivision than the ISO code it spells (checked against CLDR's English names,
   * common/subdivisions/en.xml): their names are left out of the extraction.
   */
  static final Map<String, String> CLDR_OLD_NUMBERING = new TreeMap<>(Map.of(
      "IR", "CLDR's ir01-ir30 follow ISO's former numbering: ir01 is East Azerbaijan (IR-03)",
      "MA", "CLDR's ma01-ma16 are the regions before 2015: ma04 is the Oriental (MA-02)"));

  /** Columns of countries.tsv, in order. */
  static final List<String> COUNTRY_COLUMNS = List.of(
      "ISO3166-1-Alpha-2", "Geoname ID", "wikidata_id",
      "Region Code", "Region Name", "Sub-region Code", "Sub-region Name",
      "Intermediate Region Code", "Intermediate Region Name",
      "official_name_en", "official_name_ar", "UNTERM English Formal", "UNTERM Arabic Formal");

  public static void main(String[] args) throws IOException {
    try {
      run(args);
    } catch (IllegalStateException e) {
      System.err.println("WorldGazetteer: " + e.getMessage());
      System.exit(1);
    }
  }

  static void run(String[] args) throws IOException {
    Path root = Path.of(".");
    Path out = null;
    String extractCountries = null;
    String extractSubdivisions = null;
    String extractCldrArabic = null;
    String cldrCommit = null;
    Path locales = Path.of("/usr/share/locale");
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--root" -> root = Path.of(args[++i]);
        case "--out" -> out = Path.of(args[++i]);
        case "--extract-countries" -> extractCountries = args[++i];
        case "--extract-subdivisions" -> extractSubdivisions = args[++i];
        case "--locales" -> locales = Path.of(args[++i]);
        case "--extract-cldr-arabic" -> extractCldrArabic = args[++i];
        case "--cldr-commit" -> cldrCommit = args[++i];
        default -> throw fail("unknown argument " + args[i]
            + "; usage: WorldGazetteer [--root DIR] [--out DIR]"
            + " | --extract-countries FILE | --extract-subdivisions ISO_CODES_DIR [--locales DIR]"
            + " | --extract-cldr-arabic AR_XML --cldr-commit HASH");
      }
    }
    Path tools = root.resolve(TOOLS);
    if (!Files.isDirectory(tools)) {
      throw fail("no " + TOOLS + " under " + root.toAbsolutePath()
          + ": run from the repository root or give --root");
    }
    if (extractCountries != null) {
      extractCountries(Path.of(extractCountries), tools.resolve("countries.tsv"));
      return;
    }
    if (extractSubdivisions != null) {
      extractSubdivisions(Path.of(extractSubdivisions), locales, tools.resolve("subdivisions.tsv"));
      return;
    }
    if (extractCldrArabic != null) {
      if (cldrCommit == null || !cldrCommit.matches("[0-9a-f]{7,40}")) {
        throw fail("--extract-cldr-arabic needs --cldr-commit HASH: the commit of unicode-org/cldr"
            + " that the file comes from, for the table's header");
      }
      extractCldrArabic(Path.of(extractCldrArabic), cldrCommit, tools.resolve("subdivisions.tsv"),
          tools.resolve(CLDR_ARABIC));
      return;
    }
    Path dir = out != null ? out : root.resolve("ontology");
    Files.createDirectories(dir);
    World world = new World(tools);
    world.build();
    write(dir.resolve("world.ttl"), world.worldTurtle());
    write(dir.resolve("world-subdivisions.ttl"), world.subdivisionsTurtle());
  }

  static IllegalStateException fail(String message) {
    return new IllegalStateException(message);
  }

  static void write(Path file, String text) throws IOException {
    Files.write(file, text.getBytes(StandardCharsets.UTF_8));
    System.out.println("wrote " + file);
  }

  // ===================================================================== the world

  /** One place of the gazetteer. */
  static final class Place {
    final String id;
    final String type; // Country, Region, City, Governorate
    final String section;
    String labelEn;
    String labelAr;
    final List<String> altEn = new ArrayList<>();
    final List<String> altAr = new ArrayList<>();
    final Set<String> removed = new TreeSet<>();
    String iso;
    final Set<String> within = new TreeSet<>();
    final List<String> matches = new ArrayList<>();
    String comment;

    Place(String id, String type, String section) {
      this.id = id;
      this.type = type;
      this.section = section;
    }

    List<String> names() {
      List<String> names = new ArrayList<>();
      names.add(labelEn);
      if (labelAr != null) {
        names.add(labelAr);
      }
      names.addAll(altEn);
      names.addAll(altAr);
      return names;
    }
  }

  /** A row of names.tsv: what changes the names that CLDR and the tables give a place. */
  record Names(String labelEn, String labelAr, List<String> altEn, List<String> altAr,
      String wikidata, String comment) {}

  static final class World {
    final Path tools;
    final Map<String, Place> places = new TreeMap<>();
    final Map<String, Place> byCode = new TreeMap<>();
    final Map<String, Place> m49 = new TreeMap<>();
    final List<Place> subdivisions = new ArrayList<>();
    Map<String, Names> names;
    Map<String, Names> subdivisionNames;
    Map<String, String> cldrArabic;

    World(Path tools) {
      this.tools = tools;
    }

    void build() throws IOException {
      names = readNames(tools.resolve("names.tsv"), "key");
      subdivisionNames = readNames(tools.resolve("subdivision-names.tsv"), "code");
      cldrArabic = new TreeMap<>();
      for (Map<String, String> row : readTsv(tools.resolve(CLDR_ARABIC))) {
        if (cldrArabic.put(row.get("code"), row.get("name_ar")) != null) {
          throw fail(CLDR_ARABIC + ": two rows for " + row.get("code"));
        }
      }
      List<Map<String, String>> countries = readTsv(tools.resolve("countries.tsv"));
      Set<String> iso = new TreeSet<>(Arrays.asList(Locale.getISOCountries()));
      Set<String> listed = new TreeSet<>();
      for (Map<String, String> row : countries) {
        listed.add(row.get("ISO3166-1-Alpha-2"));
      }
      if (!listed.equals(iso)) {
        Set<String> missing = new TreeSet<>(iso);
        missing.removeAll(listed);
        Set<String> extra = new TreeSet<>(listed);
        extra.removeAll(iso);
        throw fail("countries.tsv does not list the JDK's ISO 3166-1 codes: missing " + missing
            + ", not ISO " + extra);
      }
      for (Map<String, String> row : countries) {
        m49Region(row.get("Region Code"), row.get("Region Name"), null);
        m49Region(row.get("Sub-region Code"), row.get("Sub-region Name"), row.get("Region Code"));
        m49Region(row.get("Intermediate Region Code"), row.get("Intermediate Region Name"),
            row.get("Sub-region Code"));
      }
      for (Map<String, String> row : countries) {
        country(row);
      }
      for (String key : names.keySet()) {
        if (!key.startsWith("m49:") && !byCode.containsKey(key)) {
          throw fail("names.tsv: " + key + " is neither an ISO 3166-1 code nor m49:CODE");
        }
        if (key.startsWith("m49:") && !m49.containsKey(key.substring(4))) {
          throw fail("names.tsv: " + key + " is not a region of countries.tsv");
        }
      }
      newsRegions(readTsv(tools.resolve("regions.tsv")));
      cities(readTsv(tools.resolve("cities.tsv")));
      for (Place place : places.values()) {
        asciiVariants(place);
        dedupe(place);
      }
      checkUnique(places.values(), "world.ttl");
      subdivisions(readTsv(tools.resolve("subdivisions.tsv")));
      List<Place> all = new ArrayList<>(places.values());
      all.addAll(subdivisions);
      checkUnique(all, "world.ttl and world-subdivisions.ttl");
    }

    Place add(Place place) {
      if (places.containsKey(place.id)) {
        throw fail("two places have the IRI place:" + place.id + ": "
            + places.get(place.id).labelEn + " and " + place.labelEn);
      }
      places.put(place.id, place);
      return place;
    }

    /** A UN M49 region, sub-region or intermediate region, once. */
    void m49Region(String code, String name, String parent) {
      if (code.isEmpty() || m49.containsKey(code)) {
        return;
      }
      Names n = names.get("m49:" + code);
      String en = n != null && !n.labelEn().isEmpty() ? n.labelEn() : name;
      String numeric = String.format("%03d", Integer.parseInt(code));
      Locale region = new Locale.Builder().setRegion(numeric).build();
      String cldrEn = region.getDisplayCountry(Locale.ENGLISH);
      String cldrAr = region.getDisplayCountry(AR);
      String ar = n != null && !n.labelAr().isEmpty() ? n.labelAr() : cldrAr;
      if (ar.equals(numeric)) {
        throw fail("no Arabic name for M49 region " + numeric + " (" + name
            + "): give one in names.tsv");
      }
      String kind = parent == null ? "region" : m49.get(parent) != null
          && placesWithin(m49.get(parent)) ? "intermediate region" : "sub-region";
      Place place = new Place(camel(en), "Region", "UN M49 regions");
      place.labelEn = en;
      place.labelAr = ar;
      if (!cldrEn.equals(numeric)) {
        place.altEn.add(cldrEn);
      }
      if (!cldrAr.equals(numeric)) {
        place.altAr.add(cldrAr);
      }
      if (!en.equals(name)) {
        place.altEn.add(name);
      }
      applyNames(place, n);
      if (parent != null) {
        place.within.add(m49.get(parent).id);
      }
      place.comment = "UN M49 " + kind + " " + numeric + "."
          + (n != null && !n.comment().isEmpty() ? " " + n.comment() : "");
      m49.put(code, place);
      add(place);
    }

    /** Whether an M49 region is itself within another (so a region below it is intermediate). */
    boolean placesWithin(Place region) {
      return !region.within.isEmpty();
    }

    void country(Map<String, String> row) {
      String code = row.get("ISO3166-1-Alpha-2");
      Names n = names.get(code);
      Locale locale = new Locale("", code);
      String cldrEn = locale.getDisplayCountry(Locale.ENGLISH);
      String cldrAr = locale.getDisplayCountry(AR);
      String en = n != null && !n.labelEn().isEmpty() ? n.labelEn() : shortEnglish(cldrEn);
      String ar = n != null && !n.labelAr().isEmpty() ? n.labelAr() : cldrAr;
      Place place = new Place(camel(en), "Country", "Countries and territories (ISO 3166-1)");
      place.labelEn = en;
      place.labelAr = ar;
      place.altEn.add(cldrEn);
      place.altAr.add(cldrAr);
      String official = row.get("official_name_en");
      if (!official.contains("(")) {
        place.altEn.add(official);
      }
      String formal = row.get("UNTERM English Formal").replace("*", "").trim();
      if (!formal.isEmpty()) {
        place.altEn.add(formal.startsWith("the ") ? formal.substring(4) : formal);
      }
      String officialAr = row.get("official_name_ar");
      if (!officialAr.contains("(") && !officialAr.contains("_")) {
        place.altAr.add(officialAr);
      }
      String formalAr = row.get("UNTERM Arabic Formal").replace("*", "").trim();
      if (!formalAr.isEmpty()) {
        place.altAr.add(formalAr);
      }
      applyNames(place, n);
      place.iso = code;
      String region = !row.get("Intermediate Region Code").isEmpty()
          ? row.get("Intermediate Region Code") : row.get("Sub-region Code");
      if (!region.isEmpty()) {
        place.within.add(m49.get(region).id);
      }
      String geonames = row.get("Geoname ID");
      if (!geonames.matches("[0-9]+")) {
        throw fail("countries.tsv: no GeoNames id for " + code);
      }
      place.matches.add("https://sws.geonames.org/" + geonames + "/");
      String wikidata = n != null && !n.wikidata().isEmpty() ? n.wikidata() : row.get("wikidata_id");
      if (!wikidata.isEmpty()) {
        if (!wikidata.matches("Q[0-9]+")) {
          throw fail("bad Wikidata id for " + code + ": " + wikidata);
        }
        place.matches.add("http://www.wikidata.org/entity/" + wikidata);
      }
      byCode.put(code, add(place));
    }

    void applyNames(Place place, Names n) {
      if (n == null) {
        return;
      }
      for (String alt : n.altEn()) {
        if (alt.startsWith("-")) {
          place.removed.add(alt.substring(1));
        } else {
          place.altEn.add(alt);
        }
      }
      for (String alt : n.altAr()) {
        if (alt.startsWith("-")) {
          place.removed.add(alt.substring(1));
        } else {
          place.altAr.add(alt);
        }
      }
      if (!n.comment().isEmpty() && place.type.equals("Country")) {
        place.comment = n.comment();
      }
    }

    void newsRegions(List<Map<String, String>> rows) {
      List<Place> added = new ArrayList<>();
      List<Map<String, String>> kept = new ArrayList<>();
      for (Map<String, String> row : rows) {
        String type = row.get("class");
        if (!type.equals("Region") && !type.equals("Country")) {
          throw fail("regions.tsv: class must be Region or Country: " + row);
        }
        String en = row.get("label_en");
        String section = row.get("section");
        Place place = new Place(camel(en), type, section);
        place.labelEn = en;
        place.labelAr = row.get("label_ar");
        describe(place, row);
        add(place);
        added.add(place);
        kept.add(row);
      }
      for (int i = 0; i < added.size(); i++) {
        Place place = added.get(i);
        for (String ref : list(kept.get(i).get("within"), " ")) {
          place.within.add(resolve(ref, place, "regions.tsv").id);
        }
        for (String ref : list(kept.get(i).get("members"), " ")) {
          resolve(ref, place, "regions.tsv").within.add(place.id);
        }
      }
    }

    /** What a hand-made row says of a place beside its labels: alternative names, links, comment. */
    private void describe(Place place, Map<String, String> row) {
      place.altEn.addAll(list(row.get("alt_en")));
      place.altAr.addAll(list(row.get("alt_ar")));
      if (!row.get("geonames").isEmpty()) {
        place.matches.add("https://sws.geonames.org/" + row.get("geonames") + "/");
      }
      if (!row.get("wikidata").isEmpty()) {
        place.matches.add("http://www.wikidata.org/entity/" + row.get("wikidata"));
      }
      place.comment = row.get("comment").isEmpty() ? null : row.get("comment");
    }

    /**
     * The cities of cities.tsv: those that news names often enough that a claims file must find
     * them without declaring them (the capital that "Washington" stands for). Each keeps the IRI
     * that its row gives, so that places already used elsewhere keep theirs.
     */
    void cities(List<Map<String, String>> rows) {
      for (Map<String, String> row : rows) {
        String id = row.get("id");
        if (!id.matches("[A-Z][A-Za-z0-9]*")) {
          throw fail("cities.tsv: the id must be UpperCamelCase letters and digits: " + row);
        }
        Place place = new Place(id, "City", "Cities");
        place.labelEn = row.get("label_en");
        place.labelAr = row.get("label_ar").isEmpty() ? null : row.get("label_ar");
        describe(place, row);
        add(place);
        for (String ref : list(row.get("within"), " ")) {
          place.within.add(resolve(ref, place, "cities.tsv").id);
        }
        if (place.within.isEmpty()) {
          throw fail("cities.tsv: " + place.labelEn + " is within no place");
        }
      }
    }

    Place resolve(String ref, Place from, String table) {
      Place found = ref.matches("[A-Z]{2}") ? byCode.get(ref) : places.get(ref);
      if (found == null) {
        throw fail(table + ": " + from.labelEn + " names an unknown place " + ref);
      }
      return found;
    }

    // ------------------------------------------------------------------ subdivisions

    void subdivisions(List<Map<String, String>> rows) {
      Map<String, Set<String>> taken = new HashMap<>();
      for (Place place : places.values()) {
        for (String name : place.names()) {
          taken.computeIfAbsent(strictKey(name), k -> new TreeSet<>()).add(place.id);
        }
      }
      List<Sub> subs = new ArrayList<>();
      Map<String, Integer> baseCount = new HashMap<>();
      Pattern bracket = Pattern.compile("^(.*?)\\s*\\[(.*)\\]\\s*$");
      for (Map<String, String> row : rows) {
        String code = row.get("code");
        Place country = byCode.get(code.substring(0, 2));
        if (country == null) {
          throw fail("subdivisions.tsv: " + code + " is not in a country of world.ttl");
        }
        String name = row.get("name");
        String other = "";
        Matcher m = bracket.matcher(name);
        if (m.matches()) {
          name = m.group(1);
          other = m.group(2).replaceAll("\\b[A-Z]{2}-[A-Z0-9]+\\b", "").trim();
          if (other.matches("[a-z]+")) {
            other = ""; // "[city]": a note, not a name
          }
        }
        Names n = subdivisionNames.get(code);
        // The Arabic name: subdivision-names.tsv's (by hand), else CLDR's, else iso-codes'.
        boolean byHand = n != null && !n.labelAr().isEmpty();
        String ar = byHand ? n.labelAr() : cldrArabic.getOrDefault(code, row.get("name_ar"));
        subs.add(new Sub(code, row.get("type"), name, other, ar, byHand, country, n));
        baseCount.merge(strictKey(name), 1, Integer::sum);
      }
      Set<String> codes = new TreeSet<>();
      subs.forEach(s -> codes.add(s.code()));
      for (String code : subdivisionNames.keySet()) {
        if (!codes.contains(code)) {
          throw fail("subdivision-names.tsv: " + code + " is not a code of subdivisions.tsv");
        }
      }
      for (String code : cldrArabic.keySet()) {
        if (!codes.contains(code)) {
          throw fail(CLDR_ARABIC + ": " + code + " is not a code of subdivisions.tsv");
        }
      }
      Map<String, String> arabic = arabicLabels(subs, taken);
      // Labels: the bare name when no other place has it, else "name (country)", else
      // "name (type, country)", else "name (code)"; a label of subdivision-names.tsv as given.
      Map<String, Integer> withCountry = new HashMap<>();
      Map<String, Integer> withType = new HashMap<>();
      for (Sub s : subs) {
        withCountry.merge(strictKey(s.name() + " (" + s.country().labelEn + ")"), 1, Integer::sum);
        withType.merge(strictKey(s.name() + " (" + s.type().toLowerCase(Locale.ROOT) + ", "
            + s.country().labelEn + ")"), 1, Integer::sum);
      }
      Map<String, Set<String>> altOwners = new HashMap<>();
      List<Place> made = new ArrayList<>();
      for (Sub s : subs) {
        Place place = new Place(s.code(), "Governorate", "subdivisions");
        String key = strictKey(s.name());
        String byCountry = s.name() + " (" + s.country().labelEn + ")";
        String byType = s.name() + " (" + s.type().toLowerCase(Locale.ROOT) + ", "
            + s.country().labelEn + ")";
        boolean relabelled = s.names() != null && !s.names().labelEn().isEmpty();
        if (relabelled) {
          place.labelEn = s.names().labelEn();
        } else if (baseCount.get(key) == 1 && !taken.containsKey(key)) {
          place.labelEn = s.name();
        } else if (withCountry.get(strictKey(byCountry)) == 1
            && !taken.containsKey(strictKey(byCountry))) {
          place.labelEn = byCountry;
        } else if (withType.get(strictKey(byType)) == 1 && !taken.containsKey(strictKey(byType))) {
          place.labelEn = byType;
        } else {
          place.labelEn = s.name() + " (" + s.code() + ")";
        }
        place.labelAr = arabic.get(s.code());
        if (!s.other().isEmpty()) {
          place.altEn.add(relabelled || place.labelEn.equals(s.name()) ? s.other()
              : place.labelEn.replace(s.name(), s.other()));
        }
        applyNames(place, s.names());
        asciiVariants(place);
        dedupe(place);
        place.iso = s.code();
        place.within.add(s.country().id);
        made.add(place);
      }
      // An alternative name is kept only when it names no other place.
      Map<String, Set<String>> labelOwners = new HashMap<>(taken);
      for (Place place : made) {
        labelOwners.computeIfAbsent(strictKey(place.labelEn), k -> new TreeSet<>()).add(place.id);
        if (place.labelAr != null) {
          labelOwners.computeIfAbsent(strictKey(place.labelAr), k -> new TreeSet<>()).add(place.id);
        }
        for (String alt : place.altEn) {
          altOwners.computeIfAbsent(strictKey(alt), k -> new TreeSet<>()).add(place.id);
        }
        for (String alt : place.altAr) {
          altOwners.computeIfAbsent(strictKey(alt), k -> new TreeSet<>()).add(place.id);
        }
      }
      for (Place place : made) {
        for (List<String> alts : List.of(place.altEn, place.altAr)) {
          alts.removeIf(alt -> {
            String k = strictKey(alt);
            Set<String> owners = new TreeSet<>(altOwners.get(k));
            owners.addAll(labelOwners.getOrDefault(k, Set.of()));
            return owners.size() > 1;
          });
        }
      }
      made.sort(Comparator.comparing(p -> p.id));
      subdivisions.addAll(made);
    }

    /** A row of subdivisions.tsv with the names that the other tables give it. */
    record Sub(String code, String type, String name, String other, String ar, boolean arByHand,
        Place country, Names names) {}

    /**
     * The Arabic label of each subdivision that has an Arabic name, by code. A hand-written name
     * (subdivision-names.tsv) is the label unless another place has it, in world.ttl or as
     * another hand-written label ("محافظة العاصمة" of Jordan, Kuwait and Bahrain): then it gets
     * the country's Arabic name, and if that too is shared, checkUnique refuses it. An extracted
     * name (CLDR's, or iso-codes') gives way to every name of world.ttl, every hand-written name
     * of a subdivision and every other extracted name: if another place has it, it gets the
     * country's Arabic name ("جيبوتي (جيبوتي)", "محافظة غزة (موزمبيق)"); if that too is shared,
     * it is dropped (AR-B and AR-C, both "بوينس آيرس" once CLDR's mark "²" is off), as a
     * subdivision without an Arabic label is better than a label that stands for two places.
     */
    Map<String, String> arabicLabels(List<Sub> subs, Map<String, Set<String>> taken) {
      Map<String, Set<String>> handLabels = new HashMap<>();
      Map<String, Set<String>> handAlts = new HashMap<>();
      Map<String, Set<String>> extracted = new HashMap<>();
      Map<String, Set<String>> extractedWithCountry = new HashMap<>();
      for (Sub s : subs) {
        if (s.names() != null) {
          for (String alt : s.names().altAr()) {
            if (!alt.startsWith("-")) {
              handAlts.computeIfAbsent(strictKey(alt), k -> new TreeSet<>()).add(s.code());
            }
          }
        }
        if (s.ar().isEmpty()) {
          continue;
        }
        if (s.arByHand()) {
          handLabels.computeIfAbsent(strictKey(s.ar()), k -> new TreeSet<>()).add(s.code());
        } else {
          extracted.computeIfAbsent(strictKey(s.ar()), k -> new TreeSet<>()).add(s.code());
          extractedWithCountry.computeIfAbsent(strictKey(withCountryAr(s)), k -> new TreeSet<>())
              .add(s.code());
        }
      }
      Map<String, String> labels = new TreeMap<>();
      // The names that an extracted label must not take: world.ttl's and the hand-written ones.
      Map<String, Set<String>> reserved = new HashMap<>(taken);
      for (Map<String, Set<String>> hand : List.of(handLabels, handAlts)) {
        hand.forEach((k, owners) ->
            reserved.computeIfAbsent(k, x -> new TreeSet<>()).addAll(owners));
      }
      for (Sub s : subs) {
        if (s.arByHand()) {
          String key = strictKey(s.ar());
          String label = handLabels.get(key).size() == 1 && !taken.containsKey(key) ? s.ar()
              : withCountryAr(s);
          labels.put(s.code(), label);
          reserved.computeIfAbsent(strictKey(label), x -> new TreeSet<>()).add(s.code());
        }
      }
      int withCountry = 0;
      List<String> dropped = new ArrayList<>();
      for (Sub s : subs) {
        if (s.arByHand() || s.ar().isEmpty()) {
          continue;
        }
        String key = strictKey(s.ar());
        String both = strictKey(withCountryAr(s));
        if (extracted.get(key).size() == 1 && !takenByOther(reserved, key, s.code())) {
          labels.put(s.code(), s.ar());
        } else if (extractedWithCountry.get(both).size() == 1
            && !takenByOther(reserved, both, s.code()) && !extracted.containsKey(both)) {
          labels.put(s.code(), withCountryAr(s));
          withCountry++;
        } else {
          dropped.add(s.code());
        }
      }
      long byHand = subs.stream().filter(Sub::arByHand).count();
      System.out.println("Arabic labels of subdivisions: " + labels.size() + " of " + subs.size()
          + " (" + byHand + " by hand, " + (labels.size() - byHand) + " extracted, " + withCountry
          + " of them with the country's name added; " + dropped.size() + " extracted names"
          + " dropped, shared even so: " + String.join(" ", dropped) + ")");
      return labels;
    }

    static String withCountryAr(Sub s) {
      return s.ar() + " (" + s.country().labelAr + ")";
    }

    static boolean takenByOther(Map<String, Set<String>> owners, String key, String code) {
      Set<String> others = new TreeSet<>(owners.getOrDefault(key, Set.of()));
      others.remove(code);
      return !others.isEmpty();
    }

    // ------------------------------------------------------------------ names

    /** Adds the ASCII spelling of every English name that has letters with marks. */
    void asciiVariants(Place place) {
      List<String> english = new ArrayList<>();
      english.add(place.labelEn);
      english.addAll(place.altEn);
      for (String name : english) {
        String ascii = ascii(name);
        if (!ascii.equals(name) && ascii.chars().allMatch(c -> c < 128)) {
          place.altEn.add(ascii);
        }
      }
    }

    /** Sorts the alternative names and drops those that match a label or another one. */
    void dedupe(Place place) {
      for (List<String> alts : List.of(place.altEn, place.altAr)) {
        Set<String> seen = new TreeSet<>();
        seen.add(fold(place.labelEn));
        if (place.labelAr != null) {
          seen.add(fold(place.labelAr));
        }
        List<String> sorted = new ArrayList<>(new TreeSet<>(alts));
        alts.clear();
        for (String alt : sorted) {
          if (!alt.isBlank() && !place.removed.contains(alt) && seen.add(fold(alt))) {
            alts.add(alt.strip());
          }
        }
      }
    }

    /** Fails when one name, as users may write it, stands for two places. */
    static void checkUnique(java.util.Collection<Place> all, String what) {
      Map<String, Set<String>> owners = new TreeMap<>();
      for (Place place : all) {
        for (String name : place.names()) {
          owners.computeIfAbsent(strictKey(name), k -> new TreeSet<>()).add(place.id);
        }
      }
      List<String> clashes = new ArrayList<>();
      owners.forEach((name, ids) -> {
        if (ids.size() > 1) {
          clashes.add("\"" + name + "\" names " + ids);
        }
      });
      if (!clashes.isEmpty()) {
        throw fail("ambiguous names in " + what + ":\n  " + String.join("\n  ", clashes));
      }
    }

    // ------------------------------------------------------------------ Turtle

    String worldTurtle() throws IOException {
      StringBuilder out = new StringBuilder();
      out.append(Files.readString(tools.resolve("world-header.ttl"), StandardCharsets.UTF_8));
      Map<String, List<Place>> sections = new LinkedHashMap<>();
      for (String section : List.of("UN M49 regions", "News regions",
          "Countries and territories (ISO 3166-1)", "Countries without an ISO 3166-1 code",
          "Regions within countries", "Cities")) {
        sections.put(section, new ArrayList<>());
      }
      for (Place place : places.values()) {
        List<Place> list = sections.get(place.section);
        if (list == null) {
          throw fail("unknown section \"" + place.section + "\" of " + place.labelEn);
        }
        list.add(place);
      }
      sections.forEach((section, list) -> {
        out.append("\n").append("#".repeat(72)).append(" ").append(section).append("\n");
        for (Place place : list) {
          out.append("\n");
          turtle(place, out);
        }
      });
      return out.toString();
    }

    String subdivisionsTurtle() throws IOException {
      StringBuilder out = new StringBuilder();
      out.append(Files.readString(tools.resolve("subdivisions-header.ttl"), StandardCharsets.UTF_8));
      String country = "";
      for (Place place : subdivisions) {
        String code = place.id.substring(0, 2);
        if (!code.equals(country)) {
          country = code;
          out.append("\n# ").append(byCode.get(code).labelEn).append("\n");
        }
        turtle(place, out);
      }
      return out.toString();
    }

    static void turtle(Place place, StringBuilder out) {
      out.append("place:").append(place.id).append(" a cc:").append(place.type).append(" ;\n");
      out.append("    rdfs:label ").append(literal(place.labelEn, "en"));
      if (place.labelAr != null) {
        out.append(" , ").append(literal(place.labelAr, "ar"));
      }
      out.append(" ;\n");
      List<String> alts = new ArrayList<>();
      place.altEn.forEach(a -> alts.add(literal(a, "en")));
      place.altAr.forEach(a -> alts.add(literal(a, "ar")));
      if (!alts.isEmpty()) {
        out.append("    skos:altLabel ");
        int width = 18;
        for (int i = 0; i < alts.size(); i++) {
          if (i > 0) {
            out.append(" ,");
            if (width + alts.get(i).length() > 96) {
              out.append("\n        ");
              width = 8;
            } else {
              out.append(" ");
              width += 3;
            }
          }
          out.append(alts.get(i));
          width += alts.get(i).length();
        }
        out.append(" ;\n");
      }
      if (place.iso != null) {
        out.append("    cc:isoCode \"").append(place.iso).append("\" ;\n");
      }
      if (!place.within.isEmpty()) {
        out.append("    cc:within ");
        out.append(String.join(" , ", place.within.stream().map(id -> "place:" + id).toList()));
        out.append(" ;\n");
      }
      if (!place.matches.isEmpty()) {
        out.append("    skos:exactMatch ");
        out.append(String.join(" , ", place.matches.stream().map(m -> "<" + m + ">").toList()));
        out.append(" ;\n");
      }
      if (place.comment != null) {
        out.append("    rdfs:comment ").append(literal(place.comment, "en")).append(" ;\n");
      }
      out.setLength(out.length() - 3);
      out.append(" .\n");
    }

    static String literal(String text, String lang) {
      StringBuilder s = new StringBuilder("\"");
      for (char c : text.toCharArray()) {
        switch (c) {
          case '"' -> s.append("\\\"");
          case '\\' -> s.append("\\\\");
          case '\n' -> s.append("\\n");
          default -> {
            if (c < 0x20) {
              throw fail("control character in name " + text);
            }
            s.append(c);
          }
        }
      }
      return s.append("\"@").append(lang).toString();
    }
  }

  // ===================================================================== names and IRIs

  /** CLDR's English short name in running-text style: "and" for "&", "Saint" for "St.". */
  static String shortEnglish(String cldr) {
    return cldr.replace(" & ", " and ").replaceAll("\\bSt\\. ", "Saint ");
  }

  /**
   * The IRI local name of an English name: ASCII-folded, split at every character that is not
   * a letter or digit, each piece with its first letter upper-cased, joined.
   */
  static String camel(String name) {
    String ascii = ascii(name.replace("&", " and "));
    StringBuilder out = new StringBuilder();
    for (String piece : ascii.split("[^A-Za-z0-9]+")) {
      if (!piece.isEmpty()) {
        out.append(Character.toUpperCase(piece.charAt(0))).append(piece.substring(1));
      }
    }
    if (out.length() == 0 || !Character.isLetter(out.charAt(0))) {
      throw fail("no IRI for the name " + name);
    }
    return out.toString();
  }

  /** Latin letters without their marks (Å to A, ø to o, ß to ss); typographic quotes to '. */
  static String ascii(String name) {
    String text = Normalizer.normalize(name, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder();
    for (char c : text.toCharArray()) {
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      switch (c) {
        case '\u2018', '\u2019', '\u02bc' -> out.append('\'');
        case '\u02bb', '\u02bf', '\u02be' -> { } // ʻokina, ayn and hamza signs of romanisations
        case 'ø' -> out.append('o');
        case 'Ø' -> out.append('O');
        case 'æ' -> out.append("ae");
        case 'Æ' -> out.append("Ae");
        case 'œ' -> out.append("oe");
        case 'ß' -> out.append("ss");
        case 'đ', 'ð' -> out.append('d');
        case 'Đ', 'Ð' -> out.append('D');
        case 'ł' -> out.append('l');
        case 'Ł' -> out.append('L');
        case 'ı' -> out.append('i');
        case 'ə' -> out.append('e');
        case 'Ə' -> out.append('E');
        case 'ħ' -> out.append('h');
        case 'þ' -> out.append("th");
        case 'Þ' -> out.append("Th");
        default -> out.append(c);
      }
    }
    return Normalizer.normalize(out.toString(), Normalizer.Form.NFC);
  }

  /**
   * The matching form that claimcheck's importer uses (org.claimcheck.claimsjson.Folding):
   * NFKC, white space collapsed, Arabic spelling variants folded, Latin case folded.
   */
  static String fold(String name) {
    String text = Normalizer.normalize(name, Normalizer.Form.NFKC);
    StringBuilder out = new StringBuilder();
    boolean space = false;
    for (char c : text.toCharArray()) {
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = out.length() > 0;
        continue;
      }
      if ((c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '\u0640') {
        continue;
      }
      char f = switch (c) {
        case '\u0623', '\u0625', '\u0622', '\u0671' -> '\u0627';
        case '\u0624' -> '\u0648';
        case '\u0626', '\u0649' -> '\u064A';
        case '\u0629' -> '\u0647';
        default -> c;
      };
      if (space) {
        out.append(' ');
        space = false;
      }
      out.append(f);
    }
    return out.toString().toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
  }

  /**
   * A stricter matching form, for finding names that users would take for the same: the
   * importer's form without Latin marks, punctuation as space, a leading "the" dropped.
   */
  static String strictKey(String name) {
    String key = fold(ascii(name)).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    return key.startsWith("the ") ? key.substring(4) : key;
  }

  // ===================================================================== tables

  static List<String> list(String cell) {
    return list(cell, "|");
  }

  static List<String> list(String cell, String separator) {
    List<String> items = new ArrayList<>();
    for (String item : cell.split(Pattern.quote(separator))) {
      if (!item.isBlank()) {
        items.add(item.strip());
      }
    }
    return items;
  }

  /** A tab-separated table with a header line; lines starting with # are comments. */
  static List<Map<String, String>> readTsv(Path file) throws IOException {
    List<String> lines = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (!line.startsWith("#") && !line.isBlank()) {
        lines.add(line);
      }
    }
    String[] header = lines.get(0).split("\t", -1);
    List<Map<String, String>> rows = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split("\t", -1);
      if (cells.length != header.length) {
        throw fail(file.getFileName() + ": " + cells.length + " cells, not " + header.length
            + ": " + line);
      }
      Map<String, String> row = new LinkedHashMap<>();
      for (int i = 0; i < header.length; i++) {
        row.put(header[i], cells[i].strip());
      }
      rows.add(row);
    }
    return rows;
  }

  /** names.tsv (by key) or subdivision-names.tsv (by code); wikidata and comment may be absent. */
  static Map<String, Names> readNames(Path file, String keyColumn) throws IOException {
    Map<String, Names> names = new TreeMap<>();
    for (Map<String, String> row : readTsv(file)) {
      Names previous = names.put(row.get(keyColumn), new Names(row.get("label_en"),
          row.get("label_ar"), list(row.get("alt_en")), list(row.get("alt_ar")),
          row.getOrDefault("wikidata", ""), row.getOrDefault("comment", "")));
      if (previous != null) {
        throw fail(file.getFileName() + ": two rows for " + row.get(keyColumn));
      }
    }
    return names;
  }

  // ===================================================================== extraction

  /** Keeps the columns that the generator uses of datasets/country-codes' CSV. */
  static void extractCountries(Path csv, Path tsv) throws IOException {
    List<List<String>> records = readCsv(Files.readString(csv, StandardCharsets.UTF_8));
    List<String> header = records.get(0);
    int[] index = new int[COUNTRY_COLUMNS.size()];
    for (int i = 0; i < index.length; i++) {
      index[i] = header.indexOf(COUNTRY_COLUMNS.get(i));
      if (index[i] < 0) {
        throw fail(csv + " has no column " + COUNTRY_COLUMNS.get(i));
      }
    }
    Map<String, String> lines = new TreeMap<>();
    for (List<String> record : records.subList(1, records.size())) {
      if (record.size() < header.size()) {
        continue;
      }
      List<String> cells = new ArrayList<>();
      for (int i : index) {
        String cell = record.get(i).strip().replace('\t', ' ');
        if (COUNTRY_COLUMNS.get(cells.size()).equals("wikidata_id")) {
          cell = cell.replaceAll("^.*/", ""); // the Q-id of https://www.wikidata.org/wiki/Q...
        }
        cells.add(cell);
      }
      lines.put(cells.get(0), String.join("\t", cells));
    }
    StringBuilder out = new StringBuilder();
    out.append("# Extracted from data/country-codes.csv of github.com/datasets/country-codes\n");
    out.append("# (PDDL 1.0) by: java tools/gazetteer/WorldGazetteer.java --extract-countries"
        + " country-codes.csv\n");
    out.append(String.join("\t", COUNTRY_COLUMNS)).append("\n");
    lines.values().forEach(l -> out.append(l).append("\n"));
    write(tsv, out.toString());
  }

  /** RFC 4180 records: quoted fields may hold commas, quotes ("") and line breaks. */
  static List<List<String>> readCsv(String text) {
    List<List<String>> records = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        record.add(field.toString());
        field.setLength(0);
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        record.add(field.toString());
        field.setLength(0);
        records.add(record);
        record = new ArrayList<>();
      } else {
        field.append(c);
      }
    }
    if (field.length() > 0 || !record.isEmpty()) {
      record.add(field.toString());
      records.add(record);
    }
    return records;
  }

  /** The first-level subdivisions of iso-codes' iso_3166-2.json, with Arabic names if any. */
  static void extractSubdivisions(Path isoCodes, Path locales, Path tsv) throws IOException {
    Path json = isoCodes.resolve("json/iso_3166-2.json");
    Object parsed = new Json(Files.readString(json, StandardCharsets.UTF_8)).value();
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> entries =
        (List<Map<String, Object>>) ((Map<String, Object>) parsed).get("3166-2");
    Path mo = locales.resolve("ar/LC_MESSAGES/iso_3166-2.mo");
    Map<String, String> arabic = Files.exists(mo) ? readMo(mo) : Map.of();
    Map<String, String> lines = new TreeMap<>();
    for (Map<String, Object> entry : entries) {
      if (entry.containsKey("parent")) {
        continue; // not first-level
      }
      String code = (String) entry.get("code");
      String name = (String) entry.get("name");
      String ar = arabic.getOrDefault(name, "");
      lines.put(code, String.join("\t", code, (String) entry.get("type"), name,
          ar.equals(name) ? "" : ar));
    }
    StringBuilder out = new StringBuilder();
    out.append("# First-level ISO 3166-2 subdivisions (those without a parent) of Debian's iso-codes"
        + " (LGPL-2.1+),\n# extracted by: java tools/gazetteer/WorldGazetteer.java"
        + " --extract-subdivisions /usr/share/iso-codes\n");
    out.append("# name_ar: ").append(Files.exists(mo)
        ? "iso-codes' Arabic translation (ar/iso_3166-2.mo)"
        : "empty (iso-codes has no Arabic translation of ISO 3166-2)").append(".\n");
    out.append("# The Arabic labels come from subdivision-names.tsv (by hand) and"
        + " subdivisions-ar-cldr.tsv\n# (CLDR), which win over name_ar and which this extraction"
        + " does not touch.\n");
    out.append("code\ttype\tname\tname_ar\n");
    lines.values().forEach(l -> out.append(l).append("\n"));
    write(tsv, out.toString());
  }

  /**
   * The Arabic names that CLDR's common/subdivisions/ar.xml gives the first-level subdivisions of
   * subdivisions.tsv. CLDR's type is the ISO 3166-2 code in lower case without its hyphen
   * ("afbal" is AF-BAL). A name loses CLDR's disambiguation mark (a trailing "²", "³" ...: two
   * places that CLDR names alike), U+200C (zero-width non-joiner, in three names) is read as a
   * space and other invisible format characters are dropped, so that a typed name matches; white
   * space is collapsed. Variants (an alt attribute) are left out. The file's DTD is not read.
   */
  static void extractCldrArabic(Path xml, String commit, Path subdivisionsTsv, Path tsv)
      throws IOException {
    Map<String, String> codes = new TreeMap<>();
    for (Map<String, String> row : readTsv(subdivisionsTsv)) {
      codes.put(row.get("code").replace("-", "").toLowerCase(Locale.ROOT), row.get("code"));
    }
    NodeList entries;
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setXIncludeAware(false);
      entries = factory.newDocumentBuilder().parse(xml.toFile())
          .getElementsByTagName("subdivision");
    } catch (ParserConfigurationException | SAXException e) {
      throw fail(xml + ": " + e.getMessage());
    }
    Map<String, String> lines = new TreeMap<>();
    int provisional = 0;
    for (int i = 0; i < entries.getLength(); i++) {
      Element entry = (Element) entries.item(i);
      String code = codes.get(entry.getAttribute("type"));
      String name = cldrName(entry.getTextContent());
      if (code == null || entry.hasAttribute("alt") || name.isEmpty()
          || CLDR_OLD_NUMBERING.containsKey(code.substring(0, 2))) {
        continue; // not a first-level code of iso-codes, a variant, or an id of another place
      }
      if (lines.put(code, code + "\t" + name) != null) {
        throw fail(xml + ": two names for " + code);
      }
      if (entry.getAttribute("draft").equals("provisional")) {
        provisional++;
      }
    }
    StringBuilder out = new StringBuilder();
    out.append("# Arabic names of the first-level ISO 3166-2 subdivisions of subdivisions.tsv,\n")
        .append("# from CLDR: common/subdivisions/ar.xml of the public repository")
        .append(" unicode-org/cldr,\n")
        .append("# commit ").append(commit)
        .append(", under the Unicode License v3 (SPDX: Unicode-3.0).\n")
        .append("# Extracted by: java tools/gazetteer/WorldGazetteer.java --extract-cldr-arabic")
        .append(" ar.xml --cldr-commit HASH\n")
        .append(provisional == lines.size() ? "# All " + lines.size() + " names are"
            : "# " + provisional + " of these " + lines.size() + " names are")
        .append(" marked draft=\"provisional\" in CLDR: not yet confirmed by its vote.\n")
        .append("# CLDR's disambiguation marks (a trailing \u00b2, \u00b3) are dropped; U+200C")
        .append(" is read as a space.\n")
        .append("# Left out, as CLDR's ids there name other subdivisions than ISO's codes:\n");
    CLDR_OLD_NUMBERING.forEach((country, why) ->
        out.append("#   ").append(country).append(": ").append(why).append(".\n"));
    out.append("# The hand-written labels of subdivision-names.tsv win over these (README.md).\n");
    out.append("code\tname_ar\n");
    lines.values().forEach(l -> out.append(l).append("\n"));
    write(tsv, out.toString());
  }

  /** A CLDR name without its disambiguation mark and invisible format characters. */
  static String cldrName(String text) {
    StringBuilder out = new StringBuilder();
    for (char c : text.toCharArray()) {
      if (c == '\u200c') {
        out.append(' ');
      } else if (Character.getType(c) != Character.FORMAT) {
        out.append(c);
      }
    }
    return out.toString().strip().replaceAll("[\u00b2\u00b3\u00b9\u2070-\u2079]+$", "")
        .replaceAll("\\s+", " ").strip();
  }

  /** The translations of a GNU gettext .mo file, by original text. */
  static Map<String, String> readMo(Path file) throws IOException {
    ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
    if (b.getInt(0) != 0x950412de) {
      b.order(ByteOrder.BIG_ENDIAN);
      if (b.getInt(0) != 0x950412de) {
        throw fail(file + " is not a .mo file");
      }
    }
    int count = b.getInt(8);
    int originals = b.getInt(12);
    int translations = b.getInt(16);
    Map<String, String> map = new HashMap<>();
    for (int i = 0; i < count; i++) {
      String original = moString(b, originals + 8 * i);
      String translation = moString(b, translations + 8 * i);
      int context = original.indexOf('\u0004');
      if (context >= 0) {
        original = original.substring(context + 1);
      }
      if (!original.isEmpty()) {
        map.put(original, translation.split("\u0000")[0]);
      }
    }
    return map;
  }

  static String moString(ByteBuffer b, int at) {
    int length = b.getInt(at);
    int offset = b.getInt(at + 4);
    return new String(b.array(), offset, length, StandardCharsets.UTF_8);
  }

  /** Just enough JSON for iso-codes' files: objects, arrays, strings, numbers, literals. */
  static final class Json {
    final String s;
    int i;

    Json(String s) {
      this.s = s;
    }

    Object value() {
      space();
      char c = s.charAt(i);
      if (c == '{') {
        Map<String, Object> map = new LinkedHashMap<>();
        i++;
        space();
        if (s.charAt(i) == '}') {
          i++;
          return map;
        }
        while (true) {
          space();
          String key = string();
          space();
          expect(':');
          map.put(key, value());
          space();
          if (s.charAt(i++) == '}') {
            return map;
          }
        }
      }
      if (c == '[') {
        List<Object> list = new ArrayList<>();
        i++;
        space();
        if (s.charAt(i) == ']') {
          i++;
          return list;
        }
        while (true) {
          list.add(value());
          space();
          if (s.charAt(i++) == ']') {
            return list;
          }
        }
      }
      if (c == '"') {
        return string();
      }
      int start = i;
      while (i < s.length() && ",}] \n\r\t".indexOf(s.charAt(i)) < 0) {
        i++;
      }
      return s.substring(start, i);
    }

    String string() {
      expect('"');
      StringBuilder out = new StringBuilder();
      while (true) {
        char c = s.charAt(i++);
        if (c == '"') {
          return out.toString();
        }
        if (c == '\\') {
          char e = s.charAt(i++);
          switch (e) {
            case 'n' -> out.append('\n');
            case 't' -> out.append('\t');
            case 'r' -> out.append('\r');
            case 'b' -> out.append('\b');
            case 'f' -> out.append('\f');
            case 'u' -> {
              out.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
              i += 4;
            }
            default -> out.append(e);
          }
        } else {
          out.append(c);
        }
      }
    }

    void expect(char c) {
      if (s.charAt(i) != c) {
        throw fail("JSON: expected " + c + " at " + i);
      }
      i++;
    }

    void space() {
      while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
        i++;
      }
    }
  }
}
