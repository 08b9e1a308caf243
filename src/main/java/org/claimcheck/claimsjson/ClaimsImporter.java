package org.claimcheck.claimsjson;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
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
import org.claimcheck.claimsjson.ClaimsFile.Article;
import org.claimcheck.claimsjson.ClaimsFile.Claim;
import org.claimcheck.claimsjson.ClaimsFile.NewActor;
import org.claimcheck.claimsjson.ClaimsFile.NewEventType;
import org.claimcheck.claimsjson.ClaimsFile.NewPlace;
import org.claimcheck.claimsjson.ClaimsFile.Proposition;
import org.claimcheck.claimsjson.ClaimsFile.Quantity;
import org.claimcheck.claimsjson.ClaimsFile.Source;
import org.claimcheck.error.ClaimcheckException;
import org.claimcheck.error.Utf8;
import org.claimcheck.model.DateRange;
import org.claimcheck.vocab.CC;

/**
 * Turns one JSON claims file into RDF in the ontology's terms, modelled exactly as the Turtle facts
 * model an article: the {@code cc:Article}, its sources, one {@code cc:Assertion} per claim (IRI:
 * the article's IRI, {@code #}, the claim's id) with a blank-node {@code cc:Proposition}, and the
 * actors and places the file declares (IRIs in the namespaces of the shared actors file and
 * gazetteer).
 *
 * <p>Beyond the Turtle facts, the graph holds {@code cc:publishedBy} for an article's {@code
 * outlet} and {@code rdfs:seeAlso} for its {@code url}, when given; an inline {@code text} becomes
 * {@code cc:text}.
 *
 * <p>Errors are all collected, each reading {@code file:line:col: /json/pointer: what was
 * expected}, and end the import as one BAD_INPUT {@link ClaimcheckException} listing them in the
 * order of the file. A problem ends the reading of the smallest part that holds it (a field, a
 * claim, a declared item); an unknown name is replaced by a stand-in, so what follows is still
 * read. Claims marked as drafts are read the same way, but what they lack is listed, not refused.
 */
public final class ClaimsImporter {
  /** Namespace of article IRIs. */
  public static final String ARTICLE_NS = "https://w3id.org/claimcheck/id/article/";

  /** Namespace of actor IRIs, as in the shared actors file. */
  public static final String ACTOR_NS = "https://w3id.org/claimcheck/id/actor/";

  /** Namespace of place IRIs, as in the shared gazetteer. */
  public static final String PLACE_NS = "https://w3id.org/claimcheck/id/place/";

  /** Namespace of the event types that claims files declare. */
  public static final String TYPE_NS = "https://w3id.org/claimcheck/id/type/";

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
  private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*");
  private static final Node SPEAKS_FOR = NodeFactory.createURI(CC.NS + "speaksFor");
  private static final Node SPOKESPERSON_OF = NodeFactory.createURI(CC.NS + "spokespersonOf");
  private static final Node COMMANDER_OF = NodeFactory.createURI(CC.NS + "commanderOf");
  private static final Node ISO_CODE = NodeFactory.createURI(CC.NS + "isoCode");
  private static final Node BROADER = SKOS.broader.asNode();

  /**
   * What stands for a name that resolves to nothing, so that the rest of the file is still read.
   */
  private static final Node UNRESOLVED = NodeFactory.createURI("urn:x-claimcheck:unresolved");

  private final JsonInput input;
  private final NameIndex names;
  private final List<Problem> problems = new ArrayList<>();
  private final List<Problem> notes = new ArrayList<>();
  private final List<Problem> gaps = new ArrayList<>();
  private final List<String> drafts = new ArrayList<>();

  /** While a draft claim is read: nothing is written, and its problems are gaps. */
  private boolean drafting;

  private final Graph known;

  /** Places named only when a file names them (the ISO 3166-2 subdivisions), or null. */
  private final Supplier<Graph> reservePlaces;

  private NameIndex reserve;
  private final Graph out = GraphMemFactory.createGraphMem2();
  private final Path rdfDir;

  private ClaimsImporter(JsonInput input, Graph known, Supplier<Graph> reservePlaces, Path rdfDir) {
    this.input = input;
    this.known = known;
    this.reservePlaces = reservePlaces;
    this.names = new NameIndex(known);
    this.rdfDir = rdfDir;
  }

  /**
   * What a claims file gave: its RDF, and what {@code validate} shows beside it.
   *
   * @param graph the RDF of the file's claims, drafts left out
   * @param review its notes, drafts and what the drafts lack
   */
  public record Imported(Graph graph, Review review) {}

  /**
   * Reads {@code file}.
   *
   * @param known the ontology and the shared actors and places, against which names resolve; its
   *     prefixes name IRIs in messages
   * @param rdfDir the directory the RDF is meant to live in: {@code cc:textFile} is written
   *     relative to it, as in the Turtle facts
   * @throws ClaimcheckException BAD_INPUT listing every problem found
   */
  public static Imported read(Path file, Graph known, Path rdfDir) {
    return read(file, known, null, rdfDir);
  }

  /**
   * As {@link #read(Path, Graph, Path)}; a place that {@code known} does not name is looked up in
   * {@code reservePlaces} (read only then; may be null), and what the file names of it is added to
   * the RDF.
   */
  public static Imported read(Path file, Graph known, Supplier<Graph> reservePlaces, Path rdfDir) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw ClaimcheckException.badInput(file, -1, -1, "cannot read: " + e.getMessage());
    }
    return read(file, bytes, known, reservePlaces, rdfDir);
  }

  /**
   * As {@link #read(Path, Graph, Supplier, Path)} for {@code bytes}, the content of {@code file};
   * {@code reservePlaces} may be null.
   */
  public static Imported read(
      Path file, byte[] bytes, Graph known, Supplier<Graph> reservePlaces, Path rdfDir) {
    JsonInput.Parsed parsed = JsonInput.parse(file, bytes);
    ClaimsImporter importer = new ClaimsImporter(parsed.input(), known, reservePlaces, rdfDir);
    importer.run(parsed.claims());
    importer.refuseProblems(parsed.problems());
    importer.notes.sort(Problem.IN_FILE_ORDER);
    importer.gaps.sort(Problem.IN_FILE_ORDER);
    return new Imported(
        importer.out, new Review(file, importer.notes, importer.drafts, importer.gaps));
  }

  /** The RDF of {@code file}, as {@link #read(Path, Graph, Path)} gives it. */
  public static Graph toGraph(Path file, Graph known, Path rdfDir) {
    return read(file, known, rdfDir).graph();
  }

  /** As {@link #toGraph(Path, Graph, Path)} for {@code bytes}, the content of {@code file}. */
  public static Graph toGraph(Path file, byte[] bytes, Graph known, Path rdfDir) {
    return read(file, bytes, known, null, rdfDir).graph();
  }

  /**
   * Ends the import if anything was wrong. A value that was unreadable ({@code parsed}) was read as
   * absent; what the importer then says of its absence is left out.
   */
  private void refuseProblems(List<Problem> parsed) {
    List<Problem> all = new ArrayList<>(parsed);
    for (Problem problem : problems) {
      if (parsed.stream().noneMatch(p -> problem.within(p.pointer()))) {
        all.add(problem);
      }
    }
    if (!all.isEmpty()) {
      throw ClaimcheckException.badInput(
          all.stream().sorted(Problem.IN_FILE_ORDER).map(Problem::text).distinct().toList());
    }
  }

  /** Runs {@code part}; a problem in it is recorded and ends only that part. */
  private void attempt(Runnable part) {
    try {
      part.run();
    } catch (Problem.Found found) {
      record(found.problem);
    }
  }

  /** The value of {@code part}, or {@code fallback} when a problem in it was recorded. */
  private <T> T attempt(java.util.function.Supplier<T> part, T fallback) {
    try {
      return part.get();
    } catch (Problem.Found found) {
      record(found.problem);
      return fallback;
    }
  }

  private void record(Problem problem) {
    (drafting ? gaps : problems).add(problem);
  }

  /** States an implicit default taken at {@code pointer} (not for drafts). */
  private void note(String pointer, String message) {
    if (!drafting) {
      notes.add(input.problem(pointer, message));
    }
  }

  private void run(ClaimsFile file) {
    out.getPrefixMapping()
        .setNsPrefix("cc", CC.NS)
        .setNsPrefix("actor", ACTOR_NS)
        .setNsPrefix("place", PLACE_NS)
        .setNsPrefix("type", TYPE_NS)
        .setNsPrefix("dcterms", DCTerms.NS)
        .setNsPrefix("rdfs", RDFS.uri)
        .setNsPrefix("skos", SKOS.uri)
        .setNsPrefix("xsd", XSDDatatype.XSD + "#");
    if (file.article() == null) {
      record(
          input.problem(
              "/article",
              input.has("/article")
                  ? "expected an object describing the article, not null"
                  : "missing: expected an object describing the article"));
      return;
    }
    Article article = file.article();
    Node articleIri =
        NodeFactory.createURI(
            ARTICLE_NS + attempt(() -> id(article.id(), "/article/id"), "unnamed"));
    out.getPrefixMapping().setNsPrefix("", articleIri.getURI() + "#");
    names.prefix("type", TYPE_NS);
    names.prefix("actor", ACTOR_NS);
    names.prefix("place", PLACE_NS);
    declareEventTypes(file.eventTypes());
    declareActors(file.actors());
    declarePlaces(file.places());
    ArticleText text = article(article, articleIri);
    Set<String> ids = new HashSet<>();
    Map<String, Node> sources = new TreeMap<>();
    for (int i = 0; i < file.sources().size(); i++) {
      String at = "/sources/" + i;
      Source source = file.sources().get(i);
      attempt(
          () -> {
            String id = unique(ids, id(source.id(), at + "/id"), at + "/id");
            // A source that is wrong is reported once, not again by each claim that names it.
            sources.put(id, UNRESOLVED);
            sources.put(id, source(source, articleIri, id, at));
          });
    }
    for (int i = 0; i < file.claims().size(); i++) {
      String at = "/claims/" + i;
      Claim claim = file.claims().get(i);
      attempt(() -> unique(ids, id(claim.id(), at + "/id"), at + "/id"));
    }
    // Claims with a stance of their own first, so that a claim may report one written after it.
    Map<String, Node> propositions = new TreeMap<>();
    Map<String, Node> modalities = new TreeMap<>();
    List<Runnable> reporting = new ArrayList<>();
    List<Runnable> drafted = new ArrayList<>();
    List<Runnable> draftsReporting = new ArrayList<>();
    for (int i = 0; i < file.claims().size(); i++) {
      String at = "/claims/" + i;
      Claim claim = file.claims().get(i);
      boolean draft = Boolean.TRUE.equals(claim.draft());
      if (draft) {
        drafts.add(claim.id() == null ? at : claim.id());
      }
      Runnable read =
          claim.reports() != null
              ? () -> reporting(claim, at, articleIri, text, sources, propositions, modalities)
              : () -> {
                // A claim that is wrong is reported once, not again by a claim that reports it.
                propositions.put(claim.id(), UNRESOLVED);
                modalities.put(claim.id(), UNRESOLVED);
                claim(claim, claim.id(), at, articleIri, text, sources, propositions, modalities);
              };
      if (draft) {
        (claim.reports() != null ? draftsReporting : drafted)
            .add(() -> asDraft(read, claim.id(), at));
      } else if (claim.reports() != null) {
        reporting.add(() -> attempt(read));
      } else {
        attempt(read);
      }
    }
    // Drafts last, so that no claim reports one.
    reporting.forEach(Runnable::run);
    drafted.forEach(Runnable::run);
    draftsReporting.forEach(Runnable::run);
    splits.forEach(this::split);
  }

  /** Reads a draft claim: its problems become gaps, and it writes nothing. */
  private void asDraft(Runnable read, String id, String at) {
    int before = gaps.size();
    drafting = true;
    try {
      attempt(read);
    } finally {
      drafting = false;
    }
    if (gaps.size() == before) {
      gaps.add(
          input.problem(
              at + "/draft",
              "the draft claim \""
                  + id
                  + "\" lacks nothing: remove its"
                  + " \"draft\": true to check it"));
    }
  }

  /**
   * The article text and its language, that quotes are checked against; the text is {@code null}
   * and the date {@code null} when they cannot be read (and quotes and dates are then not checked).
   */
  private record ArticleText(String text, String language, LocalDate published) {}

  private ArticleText article(Article article, Node iri) {
    add(iri, RDF.type.asNode(), cc("Article"));
    attempt(
        () -> {
          if (article.title().isEmpty()) {
            throw input.error(
                "/article/title", "expected a title: an object of language tag to title");
          }
          article
              .title()
              .forEach(
                  (lang, title) -> {
                    String at = JsonInput.member("/article/title", lang);
                    attempt(
                        () ->
                            add(
                                iri,
                                DCTerms.title.asNode(),
                                NodeFactory.createLiteralLang(
                                    nonBlank(title, at), language(lang, at))));
                  });
        });
    LocalDate published =
        attempt(
            () -> {
              String text = require(article.published(), "/article/published", "a date YYYY-MM-DD");
              try {
                return LocalDate.parse(text);
              } catch (java.time.DateTimeException e) {
                throw input.error(
                    "/article/published", "expected a date YYYY-MM-DD, not \"" + text + "\"");
              }
            },
            null);
    if (published != null) {
      add(iri, cc("published"), date(published));
    }
    String language =
        attempt(
            () ->
                language(
                    require(article.language(), "/article/language", "a language tag"),
                    "/article/language"),
            "und");
    add(iri, cc("language"), NodeFactory.createLiteralString(language));
    String text = attempt(() -> text(article, iri, language), null);
    if (article.outlet() != null) {
      attempt(() -> add(iri, cc("publishedBy"), outlet(article.outlet(), iri)));
    }
    if (article.url() != null) {
      attempt(
          () -> {
            if (!article.url().matches("https?://\\S+")) {
              throw input.error("/article/url", "expected an http or https URL");
            }
            add(iri, RDFS.seeAlso.asNode(), NodeFactory.createURI(article.url()));
          });
    }
    return new ArticleText(text, language, published);
  }

  private String text(Article article, Node iri, String language) {
    if ((article.text() == null) == (article.textFile() == null)) {
      throw input.error(
          "/article",
          "expected exactly one of \"text\" (the article text) and"
              + " \"textFile\" (a path relative to this file)");
    }
    if (article.text() != null) {
      String text = nonBlank(article.text(), "/article/text");
      add(iri, cc("text"), NodeFactory.createLiteralLang(text, language));
      return text;
    }
    Path textPath = insideOwnDirectory(article.textFile());
    String text = readText(textPath, "/article/textFile");
    Path relative = rdfDir.toAbsolutePath().normalize().relativize(textPath);
    add(
        iri,
        cc("textFile"),
        NodeFactory.createLiteralString(relative.toString().replace('\\', '/')));
    return text;
  }

  /** The outlet named, declared as a media outlet when nothing knows it yet. */
  private Node outlet(String name, Node article) {
    try {
      return names.resolve(TermKind.ACTOR, name);
    } catch (NameIndex.Unresolved unknown) {
      StringBuilder id = new StringBuilder();
      for (String word : nonBlank(name, "/article/outlet").split("[^A-Za-z0-9]+")) {
        if (!word.isEmpty()) {
          id.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
      }
      String local =
          id.length() > 0
              ? id.toString()
              : "outlet-" + article.getURI().substring(ARTICLE_NS.length());
      Node iri = NodeFactory.createURI(ACTOR_NS + local);
      if (names.knows(TermKind.ACTOR, iri)) {
        throw input.error("/article/outlet", unknown.getMessage());
      }
      add(iri, RDF.type.asNode(), cc("MediaOutlet"));
      add(
          iri,
          RDFS.label.asNode(),
          NodeFactory.createLiteralLang(name, name.matches(".*[\\u0600-\\u06FF].*") ? "ar" : "en"));
      names.add(TermKind.ACTOR, iri, List.of(name, local));
      note(
          "/article/outlet",
          "the outlet \""
              + name
              + "\" is not a known actor: declared as the media outlet "
              + names.shortName(iri));
      return iri;
    }
  }

  /**
   * The file {@code textFile} names, which must lie inside the claims file's own directory once
   * symbolic links are resolved: a claims file may come from someone else, and may not make
   * claimcheck read, or tell anything about, a file elsewhere. Outside is refused before anything
   * is opened, with one message whatever is there.
   */
  private Path insideOwnDirectory(String textFile) {
    Supplier<RuntimeException> outside =
        () ->
            input.error(
                "/article/textFile",
                "expected a relative path to a file inside the claims file's directory, not \""
                    + textFile
                    + "\"");
    Path base = input.file().toAbsolutePath().getParent();
    Path named;
    try {
      named = Path.of(textFile);
    } catch (InvalidPathException e) {
      throw outside.get();
    }
    Path lexical = base.resolve(named).normalize();
    if (named.isAbsolute() || !lexical.startsWith(base) || lexical.equals(base)) {
      throw outside.get();
    }
    try {
      Path realBase = base.toRealPath();
      Path real = lexical.toRealPath();
      if (!real.startsWith(realBase)) {
        throw outside.get();
      }
      if (!Files.isRegularFile(real)) {
        throw input.error(
            "/article/textFile", "the article text \"" + textFile + "\" is not a regular file");
      }
      return lexical;
    } catch (IOException e) {
      // A link on the way that leads nowhere is refused as if it led outside: where it points is
      // not the claims file's to find out.
      Path step = base;
      for (Path name : base.relativize(lexical)) {
        step = step.resolve(name);
        if (Files.isSymbolicLink(step)) {
          throw outside.get();
        }
      }
      throw input.error(
          "/article/textFile", "cannot read the article text \"" + textFile + "\": no such file");
    }
  }

  private String readText(Path path, String at) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(path);
    } catch (IOException e) {
      throw input.error(
          at, "cannot read the article text " + path.getFileName() + ": " + e.getMessage());
    }
    return Utf8.decode(path.toString(), bytes);
  }

  private Node source(Source source, Node article, String id, String at) {
    Node iri = NodeFactory.createURI(article.getURI() + "#" + id);
    add(
        iri,
        RDF.type.asNode(),
        resolve(
            TermKind.SOURCE_KIND,
            require(
                source.kind(),
                at + "/kind",
                "a kind of source (tweet, interview, talk, official statement, media report, article text)"),
            at + "/kind"));
    add(
        iri,
        DCTerms.title.asNode(),
        NodeFactory.createLiteralLang(
            nonBlank(require(source.title(), at + "/title", "an English title"), at + "/title"),
            "en"));
    for (int i = 0; i < source.publishedBy().size(); i++) {
      add(
          iri,
          cc("publishedBy"),
          resolve(TermKind.ACTOR, source.publishedBy().get(i), item(at + "/publishedBy", i)));
    }
    if (source.venue() != null) {
      add(iri, cc("venue"), resolve(TermKind.ACTOR, source.venue(), at + "/venue"));
    }
    if (source.place() != null) {
      add(iri, cc("place"), resolve(TermKind.PLACE, source.place(), at + "/place"));
    }
    return iri;
  }

  /** A claim with its own stance, its proposition and modality put in the maps by its id. */
  private void claim(
      Claim claim,
      String id,
      String at,
      Node article,
      ArticleText text,
      Map<String, Node> sources,
      Map<String, Node> propositions,
      Map<String, Node> modalities) {
    Node iri = NodeFactory.createURI(article.getURI() + "#" + id);
    DateRange said = speech(claim, iri, at, article, text, sources);
    attempt(
        () ->
            add(
                iri,
                cc("polarity"),
                resolve(
                    TermKind.POLARITY,
                    require(
                        claim.polarity(),
                        at + "/polarity",
                        "affirms, denies, neither confirms nor denies, or declines to comment"),
                    at + "/polarity")));
    Node modality =
        attempt(
            () ->
                resolve(
                    TermKind.MODALITY,
                    require(
                        claim.modality(),
                        at + "/modality",
                        "fact, intent, plan, prediction, commitment or conditional"),
                    at + "/modality"),
            UNRESOLVED);
    add(iri, cc("modality"), modality);
    modalities.put(id, modality);
    attempt(() -> condition(claim, id, at, iri, modality, text));
    Node proposition =
        proposition(
            require(
                claim.proposition(),
                at + "/proposition",
                "an object: agent, eventType, location, time"),
            at + "/proposition",
            text.published(),
            said,
            sources);
    add(iri, cc("proposition"), proposition);
    propositions.put(id, proposition);
  }

  private void condition(
      Claim claim, String id, String at, Node iri, Node modality, ArticleText text) {
    boolean conditional = modality.equals(cc("Conditional"));
    if (claim.condition() != null) {
      if (!conditional) {
        throw input.error(
            at + "/condition", "a condition belongs to a claim whose modality is \"conditional\"");
      }
      String condition = nonBlank(claim.condition(), at + "/condition");
      verbatim(condition, id, "condition", at + "/condition", text);
      add(iri, cc("condition"), NodeFactory.createLiteralLang(condition, text.language()));
    } else if (conditional) {
      throw input.error(
          at + "/condition",
          "missing: a conditional claim needs \"condition\", the words of its condition as the article writes them (\"unless provoked\")");
    }
  }

  /**
   * A claim that reports another claim of the file: its own speaker, source, date and quote, with
   * the reported claim's proposition and modality, and the stance cc:Reports.
   */
  private void reporting(
      Claim claim,
      String at,
      Node article,
      ArticleText text,
      Map<String, Node> sources,
      Map<String, Node> propositions,
      Map<String, Node> modalities) {
    for (String field : List.of("polarity", "modality", "proposition", "condition")) {
      if (input.has(at + "/" + field)) {
        throw input.error(
            at + "/" + field,
            "a claim that reports another (\"reports\") takes the reported claim's "
                + field
                + "; leave it out");
      }
    }
    if (!propositions.containsKey(claim.reports())) {
      throw input.error(
          at + "/reports",
          "unknown claim \""
              + claim.reports()
              + "\": expected the id of a claim of this file"
              + " that is not a draft and does not itself report another (the claims: "
              + String.join(", ", propositions.keySet())
              + ")");
    }
    Node iri = NodeFactory.createURI(article.getURI() + "#" + claim.id());
    speech(claim, iri, at, article, text, sources);
    add(iri, cc("polarity"), cc("Reports"));
    add(iri, cc("reports"), NodeFactory.createURI(article.getURI() + "#" + claim.reports()));
    add(iri, cc("modality"), modalities.get(claim.reports()));
    add(iri, cc("proposition"), propositions.get(claim.reports()));
  }

  /**
   * What every claim has: who said it, where, when, and its words; returns when it was said (the
   * day of publication when that cannot be read).
   */
  private DateRange speech(
      Claim claim, Node iri, String at, Node article, ArticleText text, Map<String, Node> sources) {
    String id = claim.id();
    add(iri, RDF.type.asNode(), CC.Assertion);
    add(iri, cc("inArticle"), article);
    attempt(() -> speakers(claim, iri, at));
    attempt(
        () ->
            add(
                iri,
                cc("speakerRole"),
                resolve(
                    TermKind.ROLE,
                    require(
                        claim.role(),
                        at + "/role",
                        "a role (spokesperson, official, minister, reporter, analyst, ...)"),
                    at + "/role")));
    attempt(
        () -> {
          String sourceId =
              require(claim.source(), at + "/source", "the id of a source of this file");
          Node source = sources.get(sourceId);
          if (source == null) {
            throw input.error(
                at + "/source",
                "unknown source \""
                    + sourceId
                    + "\" (the sources of this file: "
                    + String.join(", ", sources.keySet())
                    + ")");
          }
          add(iri, cc("source"), source);
        });
    DateRange publication = new DateRange(text.published(), text.published());
    DateRange said = attempt(() -> said(claim, iri, at, text), publication);
    attempt(
        () -> {
          String quote =
              nonBlank(
                  require(claim.quote(), at + "/quote", "the verbatim words of the article"),
                  at + "/quote");
          verbatim(quote, id, "quote", at + "/quote", text);
          add(iri, cc("quote"), NodeFactory.createLiteralLang(quote, text.language()));
        });
    for (int i = 0; i < claim.restatedAs().size(); i++) {
      String pointer = item(at + "/restatedAs", i);
      String restated = claim.restatedAs().get(i);
      attempt(
          () -> {
            verbatim(nonBlank(restated, pointer), id, "restatement", pointer, text);
            add(iri, cc("restatedAs"), NodeFactory.createLiteralLang(restated, text.language()));
          });
    }
    attempt(
        () -> {
          String gloss =
              nonBlank(
                  require(claim.gloss(), at + "/gloss", "an English rendering of the quote"),
                  at + "/gloss");
          add(iri, cc("gloss"), NodeFactory.createLiteralLang(gloss, "en"));
        });
    return said;
  }

  /** The speakers of a claim, and the side it speaks for. */
  private void speakers(Claim claim, Node iri, String at) {
    atLeastOne(
        claim.speaker(), at + "/speaker", "the speaker, a name of an actor (or a list of names)");
    List<Node> speakers = new ArrayList<>();
    for (int i = 0; i < claim.speaker().size(); i++) {
      speakers.add(resolve(TermKind.ACTOR, claim.speaker().get(i), item(at + "/speaker", i)));
      add(iri, CC.speaker, speakers.get(i));
    }
    if (claim.onBehalfOf() != null) {
      add(iri, CC.onBehalfOf, resolve(TermKind.ACTOR, claim.onBehalfOf(), at + "/onBehalfOf"));
    } else if (!speakers.contains(UNRESOLVED)) {
      bySide(speakers, iri, at);
    }
  }

  /** When a claim was said, written on {@code iri}. */
  private DateRange said(Claim claim, Node iri, String at, ArticleText text) {
    DateRange publication = new DateRange(text.published(), text.published());
    DateRange said =
        when(
            require(claim.said(), at + "/said", "when it was said, a date"),
            at + "/said",
            text.published(),
            publication);
    if (text.published() == null) {
      return said; // the article's date is wrong, and said so
    }
    if (said.until() == null) {
      // Nothing in the article was said after it was published.
      said = new DateRange(said.from(), text.published());
    }
    if (said.from() != null) {
      if (said.from().isAfter(said.until())) {
        throw input.error(
            at + "/said", "it was said after the article was published (" + text.published() + ")");
      }
      add(iri, cc("statedFrom"), date(said.from()));
    }
    add(iri, cc("statedUntil"), date(said.until()));
    return said;
  }

  /**
   * The side of a claim whose side is not given: the one its speakers speak for. Speakers of
   * different sides ("US and Iraqi officials confirmed") each hold the stance for their own side:
   * the claim's first side stays on its IRI, each further side gets an assertion of its own, {@code
   * #id~2}, {@code #id~3} ({@code ~} is never in an id), made once the claim is complete.
   */
  private void bySide(List<Node> speakers, Node iri, String at) {
    Map<Node, List<Node>> speakersBySide = new LinkedHashMap<>();
    for (Node speaker : speakers) {
      speakersBySide.computeIfAbsent(sideOf(speaker), k -> new ArrayList<>()).add(speaker);
    }
    List<Node> sides = new ArrayList<>(speakersBySide.keySet());
    add(iri, CC.onBehalfOf, sides.get(0));
    if (sides.size() > 1) {
      if (!drafting) {
        splits.add(new Split(iri, sides, speakersBySide));
      }
      note(
          at + "/speaker",
          "no \"onBehalfOf\": its speakers speak for "
              + sides.size()
              + " sides ("
              + String.join(", ", sides.stream().map(names::shortName).toList())
              + "), so each side gets an assertion of its own");
    } else if (speakers.size() == 1
        && sides.get(0).equals(speakers.get(0))
        && new Union(known, out).contains(speakers.get(0), RDF.type.asNode(), cc("Person"))) {
      // A state, an organisation or an outlet speaks for itself; a person rarely means to.
      note(
          at + "/speaker",
          "no \"onBehalfOf\": the person "
              + names.shortName(speakers.get(0))
              + " speaks for themselves, as no organisation they speak for is known (give \"onBehalfOf\","
              + " or the speaker's speaksFor, spokespersonOf or commanderOf)");
    }
  }

  /** A claim whose speakers speak for several sides, and who speaks for which. */
  private record Split(Node iri, List<Node> sides, Map<Node, List<Node>> speakers) {}

  private final List<Split> splits = new ArrayList<>();

  /** Gives each further side of a split claim its own assertion, with its own speakers. */
  private void split(Split split) {
    List<Triple> triples = out.find(split.iri(), Node.ANY, Node.ANY).toList();
    for (int n = 1; n < split.sides().size(); n++) {
      Node side = split.sides().get(n);
      Node copy = NodeFactory.createURI(split.iri().getURI() + "~" + (n + 1));
      for (Triple t : triples) {
        if (!t.getPredicate().equals(CC.speaker) && !t.getPredicate().equals(CC.onBehalfOf)) {
          add(copy, t.getPredicate(), t.getObject());
        }
      }
      add(copy, CC.onBehalfOf, side);
      for (Node speaker : split.speakers().get(side)) {
        add(copy, CC.speaker, speaker);
        out.delete(Triple.create(split.iri(), CC.speaker, speaker));
      }
    }
  }

  private Node proposition(
      Proposition p, String at, LocalDate published, DateRange said, Map<String, Node> sources) {
    Node node = NodeFactory.createBlankNode();
    add(node, RDF.type.asNode(), cc("Proposition"));
    attempt(
        () -> {
          atLeastOne(p.agent(), at + "/agent", "at least one agent, a name of an actor");
          for (int i = 0; i < p.agent().size(); i++) {
            add(
                node,
                cc("agent"),
                resolve(TermKind.ACTOR, p.agent().get(i), item(at + "/agent", i)));
          }
        });
    attempt(
        () ->
            add(
                node,
                cc("eventType"),
                resolve(
                    TermKind.EVENT_TYPE,
                    require(p.eventType(), at + "/eventType", "an event type"),
                    at + "/eventType")));
    attempt(
        () -> {
          atLeastOne(p.location(), at + "/location", "at least one location, a name of a place");
          for (int i = 0; i < p.location().size(); i++) {
            add(
                node,
                cc("location"),
                resolve(TermKind.PLACE, p.location().get(i), item(at + "/location", i)));
          }
        });
    for (int i = 0; i < p.object().size(); i++) {
      add(node, cc("object"), resolve(TermKind.ACTOR, p.object().get(i), item(at + "/object", i)));
    }
    for (int i = 0; i < p.target().size(); i++) {
      String target = p.target().get(i);
      String targetAt = item(at + "/target", i);
      attempt(() -> add(node, cc("target"), actorOrPlace(target, targetAt)));
    }
    if (p.host() != null) {
      add(node, cc("host"), resolve(TermKind.ACTOR, p.host(), at + "/host"));
    }
    if (p.about() != null) {
      attempt(
          () -> {
            Node source = sources.get(p.about());
            if (source == null) {
              throw input.error(
                  at + "/about",
                  "unknown source \""
                      + p.about()
                      + "\": expected the id of a source of this file"
                      + " (the document or report the claim is about; the sources: "
                      + String.join(", ", sources.keySet())
                      + ")");
            }
            add(node, cc("about"), source);
          });
    }
    attempt(
        () -> {
          DateRange time =
              when(
                  require(
                      p.time(),
                      at + "/time",
                      "the time it is about, a date (\"not said\" when the article does not say)"),
                  at + "/time",
                  published,
                  said);
          if (time.from() != null) {
            add(node, cc("holdsFrom"), date(time.from()));
          }
          if (time.until() != null) {
            add(node, cc("holdsUntil"), date(time.until()));
          }
          if (p.recurring() == null && p.time() instanceof When.Expression e) {
            RelativeDates.recurrence(e.text())
                .ifPresent(
                    words -> add(node, cc("recurring"), NodeFactory.createLiteralString(words)));
          }
        });
    if (p.recurring() != null) {
      attempt(
          () ->
              add(
                  node,
                  cc("recurring"),
                  NodeFactory.createLiteralString(nonBlank(p.recurring(), at + "/recurring"))));
    }
    if (p.quantity() != null) {
      attempt(() -> add(node, cc("quantity"), quantity(p.quantity(), at + "/quantity", null)));
      if (p.quantity().measures() == null) {
        note(
            at + "/quantity",
            "no \"measures\": the count is taken as a level (how many there are),"
                + " not a change (how many came or went)");
      }
    }
    return node;
  }

  /** A target: an actor, else a place. */
  private Node actorOrPlace(String name, String at) {
    try {
      return names.resolve(TermKind.ACTOR, name);
    } catch (NameIndex.Unresolved notAnActor) {
      try {
        return lookUp(TermKind.PLACE, name, at);
      } catch (NameIndex.Unresolved notAPlace) {
        throw input.error(
            at, notAnActor.getMessage() + " (nor a place: " + notAPlace.getMessage() + ")");
      }
    }
  }

  /**
   * A count: a number with its exactness or a bound, a range, or parts; {@code wholeUnit} is the
   * unit of the whole for a part, which may leave it out.
   */
  private Node quantity(Quantity q, String at, Node wholeUnit) {
    Node quantity = NodeFactory.createBlankNode();
    add(quantity, RDF.type.asNode(), cc("Quantity"));
    Node unit =
        q.unit() == null && wholeUnit != null
            ? wholeUnit
            : resolve(
                TermKind.UNIT,
                require(
                    q.unit(),
                    at + "/unit",
                    "a unit (soldiers, bases, aircraft, ships, vehicles, weapons, killed, wounded, people, US dollars)"),
                at + "/unit");
    add(quantity, cc("unit"), unit);
    if (q.measures() != null) {
      String measure = q.measures().strip().toLowerCase(Locale.ROOT);
      if (!measure.equals("level") && !measure.equals("change")) {
        throw input.error(
            at + "/measures",
            "expected \"level\" (how many there are) or \"change\" (how many came or went), not \""
                + q.measures()
                + "\"");
      }
      add(quantity, cc("measures"), cc(measure.equals("level") ? "Level" : "Change"));
    }
    long sum = 0;
    boolean approximate = false;
    for (int i = 0; i < q.parts().size(); i++) {
      Quantity part = q.parts().get(i);
      String pat = at + "/parts/" + i;
      if (part.count() == null) {
        throw input.error(pat + "/count", "missing: a part needs a count");
      }
      Node partNode = quantity(part, pat, unit);
      add(quantity, cc("part"), partNode);
      if (part.label() != null) {
        add(
            partNode,
            RDFS.label.asNode(),
            NodeFactory.createLiteralLang(nonBlank(part.label(), pat + "/label"), "en"));
      }
      sum += part.count();
      approximate |= part.exactness() != null && !Folding.fold(part.exactness()).equals("exact");
    }
    if (q.range() != null) {
      if (q.count() != null || q.exactness() != null) {
        throw input.error(
            at + "/range", "a range stands instead of a count and its exactness; leave those out");
      }
      if (q.range().size() != 2
          || q.range().get(0) == null
          || q.range().get(1) == null
          || q.range().get(0) < 0
          || q.range().get(0) > q.range().get(1)) {
        throw input.error(
            at + "/range",
            "expected [lowest, highest]: two non-negative whole numbers, the lowest first");
      }
      add(quantity, cc("atLeast"), integer(q.range().get(0)));
      add(quantity, cc("atMost"), integer(q.range().get(1)));
      return quantity;
    }
    Long count = q.count();
    String exactness = q.exactness();
    if (count == null && !q.parts().isEmpty()) {
      count = sum;
      exactness = exactness != null ? exactness : approximate ? "approximate" : "exact";
    }
    count =
        require(
            count,
            at + "/count",
            "a count, a non-negative whole number (or \"range\": [lowest, highest], or \"parts\")");
    if (count < 0) {
      throw input.error(at + "/count", "expected a non-negative whole number, not " + count);
    }
    String form =
        exactness == null
            ? "exact"
            : exactness.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    if (Vocabulary.BOUNDS.contains(form)) {
      long bound =
          switch (form) {
            case "more than" -> count + 1;
            case "fewer than", "less than" -> {
              if (count == 0) {
                throw input.error(at + "/count", "fewer than 0 is no count");
              }
              yield count - 1;
            }
            default -> count;
          };
      boolean lower = form.equals("more than") || form.equals("at least");
      add(quantity, cc(lower ? "atLeast" : "atMost"), integer(bound));
      return quantity;
    }
    if (exactness == null && q.parts().isEmpty()) {
      throw input.error(
          at + "/exactness",
          "missing: expected exact, approximate, varies with conditions, more than, at least, fewer than or at most");
    }
    add(quantity, cc("count"), integer(count));
    add(quantity, cc("exactness"), resolve(TermKind.EXACTNESS, form, at + "/exactness"));
    return quantity;
  }

  private static Node integer(long value) {
    return NodeFactory.createLiteralDT(Long.toString(value), XSDDatatype.XSDinteger);
  }

  private DateRange when(When when, String at, LocalDate published, DateRange reference) {
    if (published == null) {
      return new DateRange(null, null); // the article's date is wrong, and that is said
    }
    try {
      if (when instanceof When.Expression e) {
        return RelativeDates.resolve(e.text(), published, reference);
      }
      When.Interval interval = (When.Interval) when;
      LocalDate from =
          interval.from() == null
              ? null
              : end(interval.from(), at + "/from", published, reference, true);
      LocalDate until =
          interval.until() == null
              ? null
              : end(interval.until(), at + "/until", published, reference, false);
      if (from != null && until != null && from.isAfter(until)) {
        throw input.error(at, "the interval starts (" + from + ") after it ends (" + until + ")");
      }
      return new DateRange(from, until);
    } catch (RelativeDates.BadDate e) {
      throw input.error(at, e.getMessage());
    }
  }

  /** The first (or last) day of an interval's end, which must itself be a date, not open. */
  private LocalDate end(
      String expression, String at, LocalDate published, DateRange reference, boolean first) {
    DateRange range;
    try {
      range = RelativeDates.resolve(expression, published, reference);
    } catch (RelativeDates.BadDate e) {
      throw input.error(at, e.getMessage());
    }
    if (!range.closed()) {
      throw input.error(
          at,
          "\""
              + expression
              + "\" is open ("
              + range
              + "): an end of an interval is a date;"
              + " leave the end out for an open interval");
    }
    return first ? range.from() : range.until();
  }

  private void verbatim(String words, String claimId, String what, String at, ArticleText text) {
    if (text.text() == null) {
      return; // the text cannot be read, and that is said
    }
    Quotes.mismatch(text.text(), words)
        .ifPresent(
            where -> {
              throw input.error(
                  at,
                  "the "
                      + what
                      + " of claim \""
                      + claimId
                      + "\" does not occur in the article text: "
                      + where);
            });
  }

  /** The side a speaker speaks for by default: its one organisation, else itself. */
  private Node sideOf(Node speaker) {
    Graph world = new Union(known, out);
    Set<Node> organisations = new LinkedHashSet<>();
    for (Node property : List.of(SPEAKS_FOR, SPOKESPERSON_OF, COMMANDER_OF)) {
      world
          .find(speaker, property, Node.ANY)
          .forEachRemaining(t -> organisations.add(t.getObject()));
    }
    return organisations.size() == 1 ? organisations.iterator().next() : speaker;
  }

  private void declareActors(List<NewActor> actors) {
    List<Runnable> links = new ArrayList<>();
    for (int i = 0; i < actors.size(); i++) {
      NewActor actor = actors.get(i);
      String at = "/actors/" + i;
      Node type =
          attempt(
              () ->
                  resolve(
                      TermKind.ACTOR_KIND,
                      require(
                          actor.kind(),
                          at + "/kind",
                          "a kind of actor (state, organisation, armed force, person, media outlet, news agency, unnamed sources)"),
                      at + "/kind"),
              UNRESOLVED);
      Node iri =
          attempt(
              () ->
                  declare(
                      TermKind.ACTOR,
                      ACTOR_NS,
                      actor.id(),
                      type,
                      actor.label(),
                      actor.aliases(),
                      at),
              null);
      if (iri == null) {
        continue;
      }
      links.add(
          () -> {
            for (int j = 0; j < actor.partOf().size(); j++) {
              add(
                  iri,
                  CC.partOf,
                  resolve(TermKind.ACTOR, actor.partOf().get(j), item(at + "/partOf", j)));
            }
            if (actor.spokespersonOf() != null) {
              add(
                  iri,
                  SPOKESPERSON_OF,
                  resolve(TermKind.ACTOR, actor.spokespersonOf(), at + "/spokespersonOf"));
            }
            if (actor.commanderOf() != null) {
              add(
                  iri,
                  COMMANDER_OF,
                  resolve(TermKind.ACTOR, actor.commanderOf(), at + "/commanderOf"));
            }
            if (actor.speaksFor() != null) {
              add(iri, SPEAKS_FOR, resolve(TermKind.ACTOR, actor.speaksFor(), at + "/speaksFor"));
            }
          });
    }
    links.forEach(this::attempt);
  }

  private void declarePlaces(List<NewPlace> places) {
    List<Runnable> links = new ArrayList<>();
    for (int i = 0; i < places.size(); i++) {
      NewPlace place = places.get(i);
      String at = "/places/" + i;
      Node type =
          attempt(
              () ->
                  resolve(
                      TermKind.PLACE_KIND,
                      require(
                          place.kind(),
                          at + "/kind",
                          "a kind of place (country, region, governorate, city, locality, site, border area, operational area)"),
                      at + "/kind"),
              UNRESOLVED);
      Node iri =
          attempt(
              () ->
                  declare(
                      TermKind.PLACE,
                      PLACE_NS,
                      place.id(),
                      type,
                      place.label(),
                      place.aliases(),
                      at),
              null);
      if (iri == null) {
        continue;
      }
      links.add(
          () -> {
            if (place.within().isEmpty()) {
              throw input.error(
                  at + "/within",
                  "missing: a place states the places it lies within (its country or"
                      + " region), so that rules can tell whether two places are one within the other");
            }
            for (int j = 0; j < place.within().size(); j++) {
              add(
                  iri,
                  CC.within,
                  resolve(TermKind.PLACE, place.within().get(j), item(at + "/within", j)));
            }
            for (int j = 0; j < place.near().size(); j++) {
              add(
                  iri,
                  cc("near"),
                  resolve(TermKind.PLACE, place.near().get(j), item(at + "/near", j)));
            }
          });
    }
    links.forEach(this::attempt);
  }

  /**
   * Declares an event type of the file: its labels, and its links once every type of the file is
   * known; then refuses a vocabulary in which a type entails itself, or entails a type it opposes.
   */
  private void declareEventTypes(List<NewEventType> types) {
    List<Runnable> links = new ArrayList<>();
    Map<Node, String> declared = new LinkedHashMap<>();
    for (int i = 0; i < types.size(); i++) {
      NewEventType type = types.get(i);
      String at = "/eventTypes/" + i;
      Node iri =
          attempt(
              () ->
                  declare(
                      TermKind.EVENT_TYPE,
                      TYPE_NS,
                      type.id(),
                      cc("EventType"),
                      type.label(),
                      type.aliases(),
                      at),
              null);
      if (iri == null) {
        continue;
      }
      declared.put(iri, at);
      if (type.comment() != null) {
        attempt(
            () ->
                add(
                    iri,
                    RDFS.comment.asNode(),
                    NodeFactory.createLiteralLang(
                        nonBlank(type.comment(), at + "/comment"), "en")));
      }
      links.add(
          () -> {
            for (int j = 0; j < type.broader().size(); j++) {
              add(
                  iri,
                  BROADER,
                  resolve(TermKind.EVENT_TYPE, type.broader().get(j), item(at + "/broader", j)));
            }
            for (int j = 0; j < type.entails().size(); j++) {
              add(
                  iri,
                  CC.entails,
                  resolve(TermKind.EVENT_TYPE, type.entails().get(j), item(at + "/entails", j)));
            }
            for (int j = 0; j < type.opposes().size(); j++) {
              Node other =
                  resolve(TermKind.EVENT_TYPE, type.opposes().get(j), item(at + "/opposes", j));
              add(iri, CC.opposes, other);
              add(other, CC.opposes, iri);
            }
            for (int j = 0; j < type.closeMatch().size(); j++) {
              String match = type.closeMatch().get(j);
              String pointer = item(at + "/closeMatch", j);
              String expanded =
                  out.getPrefixMapping().expandPrefix(known.getPrefixMapping().expandPrefix(match));
              if (!expanded.matches("https?://\\S+")) {
                throw input.error(
                    pointer,
                    "expected an http(s) IRI or a prefixed name such as plover:ASSAULT or cameo:190, not \""
                        + match
                        + "\"");
              }
              add(iri, SKOS.closeMatch.asNode(), NodeFactory.createURI(expanded));
            }
          });
    }
    links.forEach(this::attempt);
    Graph world = new Union(known, out);
    for (Map.Entry<Node, String> type : declared.entrySet()) {
      attempt(
          () -> {
            Set<Node> reached = entailed(world, type.getKey());
            if (reached.contains(type.getKey())) {
              throw input.error(
                  type.getValue(),
                  "the event type "
                      + names.shortName(type.getKey())
                      + " entails itself through broader and entails: the vocabulary loops");
            }
            for (Node other :
                world
                    .find(type.getKey(), CC.opposes, Node.ANY)
                    .mapWith(Triple::getObject)
                    .toList()) {
              if (reached.contains(other) || entailed(world, other).contains(type.getKey())) {
                throw input.error(
                    type.getValue(),
                    "the event type "
                        + names.shortName(type.getKey())
                        + " both opposes "
                        + names.shortName(other)
                        + " and is linked to it by entailment (broader or entails)");
              }
            }
          });
    }
  }

  /**
   * Every type that {@code type} entails through skos:broader and cc:entails, not itself unless it
   * loops.
   */
  private static Set<Node> entailed(Graph world, Node type) {
    Set<Node> seen = new HashSet<>();
    List<Node> queue = new ArrayList<>(List.of(type));
    while (!queue.isEmpty()) {
      Node next = queue.remove(queue.size() - 1);
      for (Node property : List.of(BROADER, CC.entails)) {
        world
            .find(next, property, Node.ANY)
            .forEachRemaining(
                t -> {
                  if (seen.add(t.getObject())) {
                    queue.add(t.getObject());
                  }
                });
      }
    }
    return seen;
  }

  private Node declare(
      TermKind kind,
      String namespace,
      String id,
      Node type,
      Map<String, String> label,
      Map<String, List<String>> aliases,
      String at) {
    Node iri = NodeFactory.createURI(namespace + id(id, at + "/id"));
    if (names.knows(kind, iri)) {
      throw input.error(
          at + "/id",
          "the "
              + kind.noun
              + " "
              + names.shortName(iri)
              + " already exists; refer to it by name instead of declaring it");
    }
    add(iri, RDF.type.asNode(), type);
    if (label.isEmpty()) {
      record(input.problem(at + "/label", "expected a label: an object of language tag to name"));
    }
    // Named even when a label is wrong, so that the file's references to it are not errors too.
    List<String> all = new ArrayList<>();
    label.forEach(
        (lang, name) -> {
          String pointer = JsonInput.member(at + "/label", lang);
          attempt(
              () ->
                  add(
                      iri,
                      RDFS.label.asNode(),
                      NodeFactory.createLiteralLang(
                          nonBlank(name, pointer), language(lang, pointer))));
          all.add(name);
        });
    aliases.forEach(
        (lang, list) -> {
          String pointer = JsonInput.member(at + "/aliases", lang);
          attempt(() -> language(lang, pointer));
          for (int i = 0; i < list.size(); i++) {
            String alias = list.get(i);
            String aliasAt = pointer + "/" + i;
            attempt(
                () ->
                    add(
                        iri,
                        SKOS.altLabel.asNode(),
                        NodeFactory.createLiteralLang(nonBlank(alias, aliasAt), lang)));
            if (alias != null && !alias.isBlank()) {
              all.add(alias);
            }
          }
        });
    all.add(id); // an item of the file answers to its bare id too
    all.removeIf(name -> name == null || name.isBlank());
    names.add(kind, iri, all);
    return iri;
  }

  /**
   * The thing {@code name} stands for; if none, the problem is recorded and a stand-in returned.
   */
  private Node resolve(TermKind kind, String name, String at) {
    try {
      return lookUp(kind, name, at);
    } catch (NameIndex.Unresolved e) {
      record(input.problem(at, e.getMessage()));
      return UNRESOLVED;
    }
  }

  /**
   * What {@code name} stands for; a place that nothing known names may be a reserve place, which is
   * then added to the RDF and noted (or, where a known place has its ISO code, that place).
   */
  private Node lookUp(TermKind kind, String name, String at) {
    try {
      return names.resolve(kind, name);
    } catch (NameIndex.Unresolved e) {
      if (kind != TermKind.PLACE || !e.unknown || reservePlaces == null || name == null) {
        throw e;
      }
      Graph places = reservePlaces.get();
      if (reserve == null) {
        reserve = new NameIndex(new Union(known, places));
      }
      Node place;
      try {
        place = reserve.resolve(TermKind.PLACE, name);
      } catch (NameIndex.Unresolved notInReserve) {
        throw e;
      }
      Node code =
          places.find(place, ISO_CODE, Node.ANY).nextOptional().map(Triple::getObject).orElse(null);
      Node same =
          code == null
              ? null
              : known
                  .find(Node.ANY, ISO_CODE, code)
                  .nextOptional()
                  .map(Triple::getSubject)
                  .orElse(null);
      if (same != null) {
        return same;
      }
      places
          .find(place, Node.ANY, Node.ANY)
          .forEachRemaining(t -> add(t.getSubject(), t.getPredicate(), t.getObject()));
      names.add(TermKind.PLACE, place, List.of(name));
      Node within =
          places
              .find(place, CC.within, Node.ANY)
              .nextOptional()
              .map(Triple::getObject)
              .orElse(null);
      note(
          at,
          "\""
              + name
              + "\" is not a declared place: taken from the ISO 3166-2 subdivisions as "
              + reserve.shortName(place)
              + " ("
              + reserve.preferredLabel(place)
              + (within == null ? "" : ", within " + reserve.shortName(within))
              + ")");
      return place;
    }
  }

  private String id(String id, String at) {
    String value = require(id, at, "an id (letters, digits, '.', '_' and '-')");
    if (!ID.matcher(value).matches()) {
      throw input.error(
          at, "expected an id of letters, digits, '.', '_' and '-', not \"" + value + "\"");
    }
    return value;
  }

  private String unique(Set<String> ids, String id, String at) {
    if (!ids.add(id)) {
      throw input.error(
          at,
          "the id \"" + id + "\" is used twice (sources and claims share the article's namespace)");
    }
    return id;
  }

  private String language(String tag, String at) {
    if (!LANGUAGE.matcher(tag).matches()) {
      throw input.error(
          at, "expected a language tag such as \"ar\" or \"en\", not \"" + tag + "\"");
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
      throw input.error(
          at,
          input.has(at) ? "expected " + expected + ", not null" : "missing: expected " + expected);
    }
    return value;
  }

  /** The pointer of item {@code i} of a list, or of the list when it was written as one value. */
  private String item(String list, int i) {
    String pointer = list + "/" + i;
    return input.has(pointer) ? pointer : list;
  }

  private void add(Node s, Node p, Node o) {
    if (!drafting) {
      out.add(Triple.create(s, p, o));
    }
  }

  private static Node cc(String localName) {
    return NodeFactory.createURI(CC.NS + localName);
  }

  private static Node date(LocalDate day) {
    return NodeFactory.createLiteralDT(day.toString(), XSDDatatype.XSDdate);
  }
}
