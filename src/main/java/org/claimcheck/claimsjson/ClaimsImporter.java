package org.claimcheck.claimsjson;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.claimcheck.error.Utf8;
import org.claimcheck.claimsjson.ClaimsFile.Article;
import org.claimcheck.claimsjson.ClaimsFile.Claim;
import org.claimcheck.claimsjson.ClaimsFile.NewActor;
import org.claimcheck.claimsjson.ClaimsFile.NewPlace;
import org.claimcheck.claimsjson.ClaimsFile.Proposition;
import org.claimcheck.claimsjson.ClaimsFile.Quantity;
import org.claimcheck.claimsjson.ClaimsFile.Source;
import org.claimcheck.claimsjson.NameIndex.Kind;
import org.claimcheck.error.ClaimcheckException;
import org.claimcheck.model.DateRange;
import org.claimcheck.vocab.CC;

/**
 * Turns one JSON claims file into RDF in the ontology's terms, modelled exactly as the Turtle
 * facts model an article: the {@code cc:Article}, its sources, one {@code cc:Assertion} per claim
 * (IRI: the article's IRI, {@code #}, the claim's id) with a blank-node {@code cc:Proposition}, and
 * the actors and places the file declares (IRIs in the namespaces of the shared actors file and
 * gazetteer).
 *
 * <p>Beyond the Turtle facts, the graph holds {@code cc:publishedBy} for an article's {@code
 * outlet} and {@code rdfs:seeAlso} for its {@code url}, when given; an inline {@code text} becomes
 * {@code cc:text}.
 *
 * <p>Every error is a BAD_INPUT {@link ClaimcheckException} reading {@code file:line:col:
 * /json/pointer: what was expected}.
 */
public final class ClaimsImporter {
  /** Namespace of article IRIs. */
  public static final String ARTICLE_NS = "https://w3id.org/claimcheck/id/article/";

  /** Namespace of actor IRIs, as in the shared actors file. */
  public static final String ACTOR_NS = "https://w3id.org/claimcheck/id/actor/";

  /** Namespace of place IRIs, as in the shared gazetteer. */
  public static final String PLACE_NS = "https://w3id.org/claimcheck/id/place/";

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
  private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*");
  private static final Node SPEAKS_FOR = NodeFactory.createURI(CC.NS + "speaksFor");
  private static final Node SPOKESPERSON_OF = NodeFactory.createURI(CC.NS + "spokespersonOf");
  private static final Node COMMANDER_OF = NodeFactory.createURI(CC.NS + "commanderOf");

  private final JsonInput input;
  private final NameIndex names;
  private final Graph known;
  private final Graph out = GraphMemFactory.createGraphMem2();
  private final Path rdfDir;

  private ClaimsImporter(JsonInput input, Graph known, Path rdfDir) {
    this.input = input;
    this.known = known;
    this.names = new NameIndex(known);
    this.rdfDir = rdfDir;
  }

  /**
   * Reads {@code file} and returns its RDF.
   *
   * @param known the ontology and the shared actors and places, against which names resolve;
   *     its prefixes name IRIs in messages
   * @param rdfDir the directory the RDF is meant to live in: {@code cc:textFile} is written
   *     relative to it, as in the Turtle facts
   * @throws ClaimcheckException BAD_INPUT at the first problem
   */
  public static Graph toGraph(Path file, Graph known, Path rdfDir) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw ClaimcheckException.badInput(file, -1, -1, "cannot read: " + e.getMessage());
    }
    return toGraph(file, bytes, known, rdfDir);
  }

  /** As {@link #toGraph(Path, Graph, Path)} for {@code bytes}, the content of {@code file}. */
  public static Graph toGraph(Path file, byte[] bytes, Graph known, Path rdfDir) {
    JsonInput.Parsed parsed = JsonInput.parse(file, bytes);
    ClaimsImporter importer = new ClaimsImporter(parsed.input(), known, rdfDir);
    importer.run(parsed.claims());
    return importer.out;
  }

  private void run(ClaimsFile file) {
    out.getPrefixMapping()
        .setNsPrefix("cc", CC.NS)
        .setNsPrefix("actor", ACTOR_NS)
        .setNsPrefix("place", PLACE_NS)
        .setNsPrefix("dcterms", DCTerms.NS)
        .setNsPrefix("rdfs", RDFS.uri)
        .setNsPrefix("skos", SKOS.uri)
        .setNsPrefix("xsd", XSDDatatype.XSD + "#");
    Article article = require(file.article(), "/article", "an object describing the article");
    Node articleIri = NodeFactory.createURI(ARTICLE_NS + id(article.id(), "/article/id"));
    out.getPrefixMapping().setNsPrefix("", articleIri.getURI() + "#");
    declareActors(file.actors());
    declarePlaces(file.places());
    ArticleText text = article(article, articleIri);
    Set<String> ids = new HashSet<>();
    Map<String, Node> sources = new TreeMap<>();
    for (int i = 0; i < file.sources().size(); i++) {
      String at = "/sources/" + i;
      Source source = file.sources().get(i);
      String id = unique(ids, id(source.id(), at + "/id"), at + "/id");
      sources.put(id, source(source, articleIri, id, at));
    }
    for (int i = 0; i < file.claims().size(); i++) {
      String at = "/claims/" + i;
      Claim claim = file.claims().get(i);
      String id = unique(ids, id(claim.id(), at + "/id"), at + "/id");
      claim(claim, id, at, articleIri, text, sources);
    }
    if (file.claims().isEmpty()) {
      throw input.error("/claims", "expected at least one claim");
    }
  }

  /** The article text and its language, that quotes are checked against. */
  private record ArticleText(String text, String language, LocalDate published) {}

  private ArticleText article(Article article, Node iri) {
    add(iri, RDF.type.asNode(), cc("Article"));
    if (article.title().isEmpty()) {
      throw input.error("/article/title", "expected a title: an object of language tag to title");
    }
    article.title().forEach((lang, title) -> {
      String at = JsonInput.member("/article/title", lang);
      language(lang, at);
      add(iri, DCTerms.title.asNode(), NodeFactory.createLiteralLang(nonBlank(title, at), lang));
    });
    String publishedText = require(article.published(), "/article/published", "a date YYYY-MM-DD");
    LocalDate published;
    try {
      published = LocalDate.parse(publishedText);
    } catch (java.time.DateTimeException e) {
      throw input.error("/article/published", "expected a date YYYY-MM-DD, not \"" + publishedText + "\"");
    }
    add(iri, cc("published"), date(published));
    String language = language(require(article.language(), "/article/language", "a language tag"), "/article/language");
    add(iri, cc("language"), NodeFactory.createLiteralString(language));
    String text;
    if ((article.text() == null) == (article.textFile() == null)) {
      throw input.error("/article", "expected exactly one of \"text\" (the article text) and"
          + " \"textFile\" (a path relative to this file)");
    }
    if (article.text() != null) {
      text = nonBlank(article.text(), "/article/text");
      add(iri, cc("text"), NodeFactory.createLiteralLang(text, language));
    } else {
      Path base = input.file().toAbsolutePath().getParent();
      Path textPath = base.resolve(article.textFile()).normalize();
      // A claims file may come from someone else: it may not make claimcheck read files outside
      // its own directory or the working directory.
      Path cwd = Path.of("").toAbsolutePath();
      if (Path.of(article.textFile()).isAbsolute() || !(textPath.startsWith(base) || textPath.startsWith(cwd))) {
        throw input.error("/article/textFile", "expected a relative path inside the claims file's directory"
            + " or the working directory, not \"" + article.textFile() + "\"");
      }
      text = readText(textPath, "/article/textFile");
      Path relative = rdfDir.toAbsolutePath().normalize().relativize(textPath);
      add(iri, cc("textFile"), NodeFactory.createLiteralString(relative.toString().replace('\\', '/')));
    }
    if (article.outlet() != null) {
      add(iri, cc("publishedBy"), resolve(Kind.ACTOR, article.outlet(), "/article/outlet"));
    }
    if (article.url() != null) {
      if (!article.url().matches("https?://\\S+")) {
        throw input.error("/article/url", "expected an http or https URL");
      }
      add(iri, RDFS.seeAlso.asNode(), NodeFactory.createURI(article.url()));
    }
    return new ArticleText(text, language, published);
  }

  private String readText(Path path, String at) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(path);
    } catch (IOException e) {
      throw input.error(at, "cannot read the article text " + path.getFileName() + ": " + e.getMessage());
    }
    return Utf8.decode(path.toString(), bytes);
  }

  private Node source(Source source, Node article, String id, String at) {
    Node iri = NodeFactory.createURI(article.getURI() + "#" + id);
    add(iri, RDF.type.asNode(), resolve(Kind.SOURCE_KIND, require(source.kind(), at + "/kind", "a kind of source (tweet, interview, talk, official statement, media report, article text)"), at + "/kind"));
    add(iri, DCTerms.title.asNode(), NodeFactory.createLiteralLang(nonBlank(require(source.title(), at + "/title", "an English title"), at + "/title"), "en"));
    for (int i = 0; i < source.publishedBy().size(); i++) {
      add(iri, cc("publishedBy"), resolve(Kind.ACTOR, source.publishedBy().get(i), item(at + "/publishedBy", i)));
    }
    if (source.venue() != null) {
      add(iri, cc("venue"), resolve(Kind.ACTOR, source.venue(), at + "/venue"));
    }
    if (source.place() != null) {
      add(iri, cc("place"), resolve(Kind.PLACE, source.place(), at + "/place"));
    }
    return iri;
  }

  private void claim(Claim claim, String id, String at, Node article, ArticleText text, Map<String, Node> sources) {
    Node iri = NodeFactory.createURI(article.getURI() + "#" + id);
    add(iri, RDF.type.asNode(), CC.Assertion);
    add(iri, cc("inArticle"), article);
    Node speaker = resolve(Kind.ACTOR, require(claim.speaker(), at + "/speaker", "the speaker, a name of an actor"), at + "/speaker");
    add(iri, CC.speaker, speaker);
    add(iri, cc("speakerRole"), resolve(Kind.ROLE, require(claim.role(), at + "/role", "a role (spokesperson, commander, institution, reporter, editorial voice)"), at + "/role"));
    Node side = claim.onBehalfOf() != null
        ? resolve(Kind.ACTOR, claim.onBehalfOf(), at + "/onBehalfOf")
        : sideOf(speaker);
    add(iri, CC.onBehalfOf, side);
    String sourceId = require(claim.source(), at + "/source", "the id of a source of this file");
    Node source = sources.get(sourceId);
    if (source == null) {
      throw input.error(at + "/source", "unknown source \"" + sourceId + "\" (the sources of this file: "
          + String.join(", ", sources.keySet()) + ")");
    }
    add(iri, cc("source"), source);
    DateRange publication = new DateRange(text.published(), text.published());
    DateRange said = when(require(claim.said(), at + "/said", "when it was said, a date"), at + "/said", text.published(), publication);
    add(iri, cc("statedFrom"), date(said.from()));
    add(iri, cc("statedUntil"), date(said.until()));
    add(iri, cc("polarity"), resolve(Kind.POLARITY, require(claim.polarity(), at + "/polarity", "affirms or denies"), at + "/polarity"));
    add(iri, cc("modality"), resolve(Kind.MODALITY, require(claim.modality(), at + "/modality", "fact, intent, plan, prediction or commitment"), at + "/modality"));
    add(iri, cc("proposition"), proposition(require(claim.proposition(), at + "/proposition", "an object: agent, eventType, location, time"), at + "/proposition", text.published(), said));
    String quote = nonBlank(require(claim.quote(), at + "/quote", "the verbatim words of the article"), at + "/quote");
    verbatim(quote, id, "quote", at + "/quote", text);
    add(iri, cc("quote"), NodeFactory.createLiteralLang(quote, text.language()));
    for (int i = 0; i < claim.restatedAs().size(); i++) {
      String pointer = item(at + "/restatedAs", i);
      String restated = nonBlank(claim.restatedAs().get(i), pointer);
      verbatim(restated, id, "restatement", pointer, text);
      add(iri, cc("restatedAs"), NodeFactory.createLiteralLang(restated, text.language()));
    }
    String gloss = nonBlank(require(claim.gloss(), at + "/gloss", "an English rendering of the quote"), at + "/gloss");
    add(iri, cc("gloss"), NodeFactory.createLiteralLang(gloss, "en"));
  }

  private Node proposition(Proposition p, String at, LocalDate published, DateRange said) {
    Node node = NodeFactory.createBlankNode();
    add(node, RDF.type.asNode(), cc("Proposition"));
    atLeastOne(p.agent(), at + "/agent", "at least one agent, a name of an actor");
    for (int i = 0; i < p.agent().size(); i++) {
      add(node, cc("agent"), resolve(Kind.ACTOR, p.agent().get(i), item(at + "/agent", i)));
    }
    add(node, cc("eventType"), resolve(Kind.EVENT_TYPE, require(p.eventType(), at + "/eventType", "an event type"), at + "/eventType"));
    atLeastOne(p.location(), at + "/location", "at least one location, a name of a place");
    for (int i = 0; i < p.location().size(); i++) {
      add(node, cc("location"), resolve(Kind.PLACE, p.location().get(i), item(at + "/location", i)));
    }
    for (int i = 0; i < p.object().size(); i++) {
      add(node, cc("object"), resolve(Kind.ACTOR, p.object().get(i), item(at + "/object", i)));
    }
    DateRange time = when(require(p.time(), at + "/time", "the time it is about, a date"), at + "/time", published, said);
    add(node, cc("holdsFrom"), date(time.from()));
    add(node, cc("holdsUntil"), date(time.until()));
    if (p.quantity() != null) {
      Quantity q = p.quantity();
      String qat = at + "/quantity";
      Node quantity = NodeFactory.createBlankNode();
      add(node, cc("quantity"), quantity);
      add(quantity, RDF.type.asNode(), cc("Quantity"));
      long count = require(q.count(), qat + "/count", "a count, a non-negative whole number");
      if (count < 0) {
        throw input.error(qat + "/count", "expected a non-negative whole number, not " + count);
      }
      add(quantity, cc("count"), NodeFactory.createLiteralDT(Long.toString(count), XSDDatatype.XSDinteger));
      add(quantity, cc("unit"), resolve(Kind.UNIT, require(q.unit(), qat + "/unit", "a unit (soldiers, bases)"), qat + "/unit"));
      add(quantity, cc("exactness"), resolve(Kind.EXACTNESS, require(q.exactness(), qat + "/exactness", "exact, approximate or varies with conditions"), qat + "/exactness"));
    }
    return node;
  }

  private DateRange when(When when, String at, LocalDate published, DateRange reference) {
    try {
      if (when instanceof When.Expression e) {
        return RelativeDates.resolve(e.text(), published, reference);
      }
      When.Interval interval = (When.Interval) when;
      DateRange from = date(interval.from(), at + "/from", published, reference);
      DateRange until = date(interval.until(), at + "/until", published, reference);
      if (from.from().isAfter(until.until())) {
        throw input.error(at, "the interval starts (" + from.from() + ") after it ends (" + until.until() + ")");
      }
      return new DateRange(from.from(), until.until());
    } catch (RelativeDates.BadDate e) {
      throw input.error(at, e.getMessage());
    }
  }

  private DateRange date(String expression, String at, LocalDate published, DateRange reference) {
    try {
      return RelativeDates.resolve(expression, published, reference);
    } catch (RelativeDates.BadDate e) {
      throw input.error(at, e.getMessage());
    }
  }

  private void verbatim(String words, String claimId, String what, String at, ArticleText text) {
    if (!text.text().contains(words)) {
      throw input.error(at, "the " + what + " of claim \"" + claimId
          + "\" does not occur verbatim in the article text");
    }
  }

  /** The side a speaker speaks for by default: its one organisation, else itself. */
  private Node sideOf(Node speaker) {
    Graph world = new Union(known, out);
    Set<Node> organisations = new LinkedHashSet<>();
    for (Node property : List.of(SPEAKS_FOR, SPOKESPERSON_OF, COMMANDER_OF)) {
      world.find(speaker, property, Node.ANY).forEachRemaining(t -> organisations.add(t.getObject()));
    }
    return organisations.size() == 1 ? organisations.iterator().next() : speaker;
  }

  private void declareActors(List<NewActor> actors) {
    List<Runnable> links = new ArrayList<>();
    for (int i = 0; i < actors.size(); i++) {
      NewActor actor = actors.get(i);
      String at = "/actors/" + i;
      Node iri = declare(Kind.ACTOR, ACTOR_NS, actor.id(), actor.kind(), Kind.ACTOR_KIND, actor.label(), actor.aliases(), at);
      links.add(() -> {
        for (int j = 0; j < actor.partOf().size(); j++) {
          add(iri, CC.partOf, resolve(Kind.ACTOR, actor.partOf().get(j), item(at + "/partOf", j)));
        }
        if (actor.spokespersonOf() != null) {
          add(iri, SPOKESPERSON_OF, resolve(Kind.ACTOR, actor.spokespersonOf(), at + "/spokespersonOf"));
        }
        if (actor.commanderOf() != null) {
          add(iri, COMMANDER_OF, resolve(Kind.ACTOR, actor.commanderOf(), at + "/commanderOf"));
        }
      });
    }
    links.forEach(Runnable::run);
  }

  private void declarePlaces(List<NewPlace> places) {
    List<Runnable> links = new ArrayList<>();
    for (int i = 0; i < places.size(); i++) {
      NewPlace place = places.get(i);
      String at = "/places/" + i;
      Node iri = declare(Kind.PLACE, PLACE_NS, place.id(), place.kind(), Kind.PLACE_KIND, place.label(), place.aliases(), at);
      links.add(() -> {
        for (int j = 0; j < place.within().size(); j++) {
          add(iri, CC.within, resolve(Kind.PLACE, place.within().get(j), item(at + "/within", j)));
        }
      });
    }
    links.forEach(Runnable::run);
  }

  private Node declare(Kind kind, String namespace, String id, String kindName, Kind classKind,
      Map<String, String> label, Map<String, List<String>> aliases, String at) {
    Node iri = NodeFactory.createURI(namespace + id(id, at + "/id"));
    if (names.knows(kind, iri)) {
      throw input.error(at + "/id", "the " + kind.noun + " " + names.shortName(iri)
          + " already exists; refer to it by name instead of declaring it");
    }
    add(iri, RDF.type.asNode(), resolve(classKind, require(kindName, at + "/kind", "a " + classKind.noun), at + "/kind"));
    if (label.isEmpty()) {
      throw input.error(at + "/label", "expected a label: an object of language tag to name");
    }
    List<String> all = new ArrayList<>();
    label.forEach((lang, name) -> {
      String pointer = JsonInput.member(at + "/label", lang);
      add(iri, RDFS.label.asNode(), NodeFactory.createLiteralLang(nonBlank(name, pointer), language(lang, pointer)));
      all.add(name);
    });
    aliases.forEach((lang, list) -> {
      String pointer = JsonInput.member(at + "/aliases", lang);
      language(lang, pointer);
      for (int i = 0; i < list.size(); i++) {
        String alias = nonBlank(list.get(i), pointer + "/" + i);
        add(iri, SKOS.altLabel.asNode(), NodeFactory.createLiteralLang(alias, lang));
        all.add(alias);
      }
    });
    names.add(kind, iri, all);
    return iri;
  }

  private Node resolve(Kind kind, String name, String at) {
    try {
      return names.resolve(kind, name);
    } catch (NameIndex.Unresolved e) {
      throw input.error(at, e.getMessage());
    }
  }

  private String id(String id, String at) {
    String value = require(id, at, "an id (letters, digits, '.', '_' and '-')");
    if (!ID.matcher(value).matches()) {
      throw input.error(at, "expected an id of letters, digits, '.', '_' and '-', not \"" + value + "\"");
    }
    return value;
  }

  private String unique(Set<String> ids, String id, String at) {
    if (!ids.add(id)) {
      throw input.error(at, "the id \"" + id + "\" is used twice (sources and claims share the article's namespace)");
    }
    return id;
  }

  private String language(String tag, String at) {
    if (!LANGUAGE.matcher(tag).matches()) {
      throw input.error(at, "expected a language tag such as \"ar\" or \"en\", not \"" + tag + "\"");
    }
    return tag;
  }

  private String nonBlank(String value, String at) {
    if (value == null || value.isBlank()) {
      throw input.error(at, "expected a non-empty string");
    }
    return value;
  }

  private void atLeastOne(List<String> values, String at, String expected) {
    if (values.isEmpty()) {
      throw input.error(at, "expected " + expected);
    }
  }

  private <T> T require(T value, String at, String expected) {
    if (value == null) {
      throw input.error(at, input.has(at) ? "expected " + expected + ", not null" : "missing: expected " + expected);
    }
    return value;
  }

  /** The pointer of item {@code i} of a list, or of the list when it was written as one value. */
  private String item(String list, int i) {
    String pointer = list + "/" + i;
    return input.has(pointer) ? pointer : list;
  }

  private void add(Node s, Node p, Node o) {
    out.add(Triple.create(s, p, o));
  }

  private static Node cc(String localName) {
    return NodeFactory.createURI(CC.NS + localName);
  }

  private static Node date(LocalDate day) {
    return NodeFactory.createLiteralDT(day.toString(), XSDDatatype.XSDdate);
  }
}
