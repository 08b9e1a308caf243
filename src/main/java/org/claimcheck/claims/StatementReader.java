package org.claimcheck.claims;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.claimcheck.model.Article;
import org.claimcheck.model.Coverage;
import org.claimcheck.model.DateRange;
import org.claimcheck.model.Modality;
import org.claimcheck.model.Polarity;
import org.claimcheck.model.Quantity;
import org.claimcheck.model.Statement;
import org.claimcheck.sparql.ExecSettings;
import org.claimcheck.store.Store;
import org.claimcheck.vocab.CC;

/**
 * Reads every assertion of a store into {@link Statement} records, and every article into {@link
 * Article} records, with labels resolved through {@link Knowledge}. Multi-valued parts (agents,
 * places, restatements) come from their own small queries, so no row is multiplied by another's
 * values.
 */
public final class StatementReader {
  private static final String PREFIXES =
      """
      PREFIX cc:      <https://w3id.org/claimcheck#>
      PREFIX dcterms: <http://purl.org/dc/terms/>
      PREFIX rdfs:    <http://www.w3.org/2000/01/rdf-schema#>
      """;

  /** What makes an assertion a statement: every part a statement record needs. */
  private static final String COMPLETE =
      """
        ?s a cc:Assertion ; cc:inArticle ?article ;
           cc:speakerRole ?role ; cc:onBehalfOf ?side ; cc:source ?source ;
           cc:statedUntil ?statedUntil ;
           cc:polarity ?polarity ; cc:modality ?modality ; cc:proposition ?p ;
           cc:quote ?quote ; cc:gloss ?gloss .
        ?p cc:eventType ?type .
        FILTER EXISTS { ?s cc:speaker ?speaker }
      """;

  private static final Query COVERAGE =
      QueryFactory.create(
          PREFIXES
              + "SELECT (COUNT(DISTINCT ?s) AS ?n) (COUNT(DISTINCT ?article) AS ?articles)"
              + " (COUNT(DISTINCT ?speaker) AS ?speakers) WHERE {\n"
              + COMPLETE
              + " ?s cc:speaker ?speaker .\n}");

  private static final Query STATEMENTS =
      QueryFactory.create(
          PREFIXES
              + """
              SELECT ?s ?article ?role ?side ?source ?sourceKind ?sourceTitle
                     ?statedFrom ?statedUntil ?polarity ?modality ?type ?holdsFrom ?holdsUntil
                     ?count ?atLeast ?atMost ?unit ?exactness ?measures ?quote ?gloss ?reports ?condition
              WHERE {
              """
              + COMPLETE
              + """
                OPTIONAL {
                  ?source a ?sourceKind . ?sourceKind rdfs:subClassOf cc:Source .
                }
                OPTIONAL { ?source dcterms:title ?sourceTitle FILTER(LANGMATCHES(LANG(?sourceTitle), "en")) }
                OPTIONAL { ?s cc:statedFrom ?statedFrom }
                OPTIONAL { ?p cc:holdsFrom ?holdsFrom }
                OPTIONAL { ?p cc:holdsUntil ?holdsUntil }
                OPTIONAL {
                  ?p cc:quantity ?q . ?q cc:unit ?unit .
                  OPTIONAL { ?q cc:count ?count ; cc:exactness ?exactness }
                  OPTIONAL { ?q cc:atLeast ?atLeast }
                  OPTIONAL { ?q cc:atMost ?atMost }
                  OPTIONAL { ?q cc:measures ?measures }
                }
                OPTIONAL { ?s cc:reports ?reports }
                OPTIONAL { ?s cc:condition ?condition }
              }
              ORDER BY ?s ?sourceKind ?sourceTitle
              """);

  private static final Query SPEAKERS =
      QueryFactory.create(PREFIXES + "SELECT ?s ?v WHERE { ?s a cc:Assertion ; cc:speaker ?v }");
  private static final Query AGENTS =
      QueryFactory.create(
          PREFIXES + "SELECT ?s ?v WHERE { ?s a cc:Assertion ; cc:proposition/cc:agent ?v }");
  private static final Query PLACES =
      QueryFactory.create(
          PREFIXES + "SELECT ?s ?v WHERE { ?s a cc:Assertion ; cc:proposition/cc:location ?v }");
  private static final Query RESTATEMENTS =
      QueryFactory.create(PREFIXES + "SELECT ?s ?v WHERE { ?s a cc:Assertion ; cc:restatedAs ?v }");

  private static final Query ARTICLES =
      QueryFactory.create(
          PREFIXES
              + """
              SELECT ?a ?published ?language ?title ?original ?publisher
              WHERE {
                ?a a cc:Article ; cc:published ?published ; cc:language ?language .
                OPTIONAL { ?a dcterms:title ?title FILTER(LANGMATCHES(LANG(?title), "en")) }
                OPTIONAL { ?a dcterms:title ?original FILTER(LANGMATCHES(LANG(?original), STR(?language))) }
                OPTIONAL { ?a cc:publishedBy ?publisher }
              }
              ORDER BY ?a ?title ?original ?publisher
              """);

  private StatementReader() {}

  /** Every statement in the store, keyed and sorted by IRI. */
  public static Map<String, Statement> readAll(Store store, Knowledge knowledge) {
    return read(store, knowledge, UnaryOperator.identity(), ExecSettings.DEFAULT);
  }

  /**
   * The statements of the store among {@code iris}, keyed and sorted by IRI: what {@link #readAll}
   * gives for them, read without reading the others. An IRI that is not a statement is left out.
   */
  public static Map<String, Statement> read(
      Store store, Knowledge knowledge, Collection<String> iris) {
    if (iris.isEmpty()) {
      return new TreeMap<>();
    }
    return read(store, knowledge, query -> only(query, iris), ExecSettings.LOOKUP);
  }

  /**
   * How many statements the store holds (the size of {@link #readAll}), from how many articles and
   * speakers, without reading them; and how many draft claims its claims files left out.
   */
  public static Coverage coverage(Store store) {
    long drafts = store.reviews().stream().mapToLong(r -> r.drafts().size()).sum();
    RowSetRewindable rows = store.select(COVERAGE);
    if (!rows.hasNext()) {
      return new Coverage(0, 0, 0, drafts);
    }
    Binding row = rows.next();
    return new Coverage(
        Long.parseLong(text(row, "n")),
        Long.parseLong(text(row, "articles")),
        Long.parseLong(text(row, "speakers")),
        drafts);
  }

  private static Map<String, Statement> read(
      Store store, Knowledge knowledge, UnaryOperator<Query> scope, ExecSettings settings) {
    Map<String, List<String>> speakers = values(store, scope.apply(SPEAKERS), settings, knowledge);
    Map<String, List<String>> agents = values(store, scope.apply(AGENTS), settings, knowledge);
    Map<String, List<String>> places = values(store, scope.apply(PLACES), settings, knowledge);
    Map<String, List<String>> restatements =
        values(store, scope.apply(RESTATEMENTS), settings, null);
    Map<String, Statement> statements = new TreeMap<>();
    RowSetRewindable rows = store.select(scope.apply(STATEMENTS), settings);
    while (rows.hasNext()) {
      Binding row = rows.next();
      String iri = text(row, "s");
      if (statements.containsKey(iri)) {
        continue; // a second source kind or title: the first in ORDER BY wins
      }
      statements.put(iri, statement(row, iri, knowledge, speakers, agents, places, restatements));
    }
    return statements;
  }

  /**
   * {@code query} with {@code ?s} limited to {@code iris}: inline data at the start of its pattern,
   * built as syntax (never as query text), so that, run with index joins, the values are looked up
   * first.
   */
  private static Query only(Query query, Collection<String> iris) {
    Var s = Var.alloc("s");
    ElementData data = new ElementData();
    data.add(s);
    new TreeSet<>(iris)
        .forEach(iri -> data.add(BindingFactory.binding(s, NodeFactory.createURI(iri))));
    ElementGroup pattern = new ElementGroup();
    pattern.addElement(data);
    ((ElementGroup) query.getQueryPattern()).getElements().forEach(pattern::addElement);
    Query copy = query.cloneQuery();
    copy.setQueryPattern(pattern);
    return copy;
  }

  /** Every article in the store, sorted by IRI; where a title or publisher repeats, the first. */
  public static List<Article> readArticles(Store store, Knowledge knowledge) {
    Map<String, Article> articles = new TreeMap<>();
    RowSetRewindable rows = store.select(ARTICLES);
    while (rows.hasNext()) {
      Binding row = rows.next();
      String original = row.contains("original") ? text(row, "original") : "";
      articles.putIfAbsent(
          text(row, "a"),
          new Article(
              text(row, "a"),
              row.contains("title") ? text(row, "title") : original,
              original,
              text(row, "language"),
              date(row, "published"),
              row.contains("publisher") ? knowledge.label(text(row, "publisher")) : ""));
    }
    return List.copyOf(articles.values());
  }

  private static Statement statement(
      Binding row,
      String iri,
      Knowledge knowledge,
      Map<String, List<String>> speakers,
      Map<String, List<String>> agents,
      Map<String, List<String>> places,
      Map<String, List<String>> restatements) {
    String role = text(row, "role");
    Optional<Quantity> quantity =
        row.contains("unit")
            ? Optional.of(
                new Quantity(
                    number(row, "count"),
                    number(row, "atLeast"),
                    number(row, "atMost"),
                    knowledge.label(text(row, "unit")),
                    optional(row, "exactness").map(knowledge::label),
                    optional(row, "measures").filter(m -> m.equals(CC.NS + "Change")).isPresent()))
            : Optional.empty();
    Node quote = row.get("quote");
    return new Statement(
        iri,
        text(row, "article"),
        String.join(" and ", speakers.getOrDefault(iri, List.of())),
        knowledge.label(role),
        knowledge.label(text(row, "side")),
        text(row, "side"),
        row.contains("sourceKind") ? knowledge.label(text(row, "sourceKind")) : "source",
        row.contains("sourceTitle") ? text(row, "sourceTitle") : "",
        knowledge.official(role),
        new DateRange(
            optional(row, "statedFrom").map(LocalDate::parse).orElse(null),
            date(row, "statedUntil")),
        Polarity.fromLocalName(localName(text(row, "polarity"))).orElseThrow(),
        Modality.valueOf(localName(text(row, "modality")).toUpperCase(Locale.ROOT)),
        knowledge.label(text(row, "type")),
        agents.getOrDefault(iri, List.of()),
        places.getOrDefault(iri, List.of()),
        new DateRange(
            optional(row, "holdsFrom").map(LocalDate::parse).orElse(null),
            optional(row, "holdsUntil").map(LocalDate::parse).orElse(null)),
        quantity,
        quote.getLiteralLexicalForm(),
        quote.getLiteralLanguage(),
        restatements.getOrDefault(iri, List.of()),
        text(row, "gloss"),
        optional(row, "reports"),
        optional(row, "condition"));
  }

  private static Optional<String> optional(Binding row, String var) {
    return row.contains(var) ? Optional.of(text(row, var)) : Optional.empty();
  }

  private static Optional<Long> number(Binding row, String var) {
    return optional(row, var).map(Long::parseLong);
  }

  /** Values per statement, as labels when {@code knowledge} is given, sorted. */
  private static Map<String, List<String>> values(
      Store store, Query query, ExecSettings settings, Knowledge knowledge) {
    Map<String, TreeSet<String>> sorted = new HashMap<>();
    RowSetRewindable rows = store.select(query, settings);
    while (rows.hasNext()) {
      Binding row = rows.next();
      String value = text(row, "v");
      sorted
          .computeIfAbsent(text(row, "s"), k -> new TreeSet<>())
          .add(knowledge == null ? value : knowledge.label(value));
    }
    Map<String, List<String>> values = new HashMap<>();
    sorted.forEach((k, v) -> values.put(k, new ArrayList<>(v)));
    return values;
  }

  private static String text(Binding row, String var) {
    Node node = row.get(var);
    return node.isURI()
        ? node.getURI()
        : node.isLiteral() ? node.getLiteralLexicalForm() : node.toString();
  }

  private static LocalDate date(Binding row, String var) {
    return LocalDate.parse(text(row, var));
  }

  private static String localName(String iri) {
    return iri.substring(iri.lastIndexOf('#') + 1);
  }
}
