package org.claimcheck.report;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.apache.jena.atlas.lib.IRILib;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.claimcheck.model.Article;
import org.claimcheck.model.Category;
import org.claimcheck.model.DateRange;
import org.claimcheck.model.Finding;
import org.claimcheck.model.Report;
import org.claimcheck.model.RuleInfo;
import org.claimcheck.model.Severity;
import org.claimcheck.model.Statement;
import org.claimcheck.vocab.CC;

/**
 * The report as RDF in the ontology's terms ({@code cc:Finding}, {@code cc:Rule}, {@code cc:Check},
 * with PROV-O derivation), written as Turtle or JSON-LD by Jena. Each finding links its rule,
 * category, severity, its two assertions ({@code cc:assertionA}/{@code B}, both {@code
 * prov:wasDerivedFrom}) and its reasoning (an {@code rdf:List} of English steps); each assertion
 * and article is described with the terms of the facts, so a report can be loaded into a store and
 * queried on its own. The JSON-LD carries its context inline and references no remote one.
 */
public final class RdfReport {
  /** Where findings, rules and checks are named. */
  public static final String ID = "https://w3id.org/claimcheck/id/";

  private static final String PROV = "http://www.w3.org/ns/prov#";
  private static final Node WAS_DERIVED_FROM = NodeFactory.createURI(PROV + "wasDerivedFrom");
  private static final Node WAS_GENERATED_BY = NodeFactory.createURI(PROV + "wasGeneratedBy");
  private static final Node USED = NodeFactory.createURI(PROV + "used");

  private RdfReport() {}

  /** The report as Turtle. */
  public static String turtle(Report result, Severity threshold) {
    return write(graph(result, threshold), RDFFormat.TURTLE_PRETTY);
  }

  /** The report as JSON-LD 1.1 with an inline context. */
  public static String jsonLd(Report result, Severity threshold) {
    return write(graph(result, threshold), RDFFormat.JSONLD11_PRETTY);
  }

  /** The report as a graph: findings at least as strong as {@code threshold}, every statement. */
  public static Graph graph(Report result, Severity threshold) {
    ReportContent content = new ReportContent(result, threshold);
    Graph g = GraphFactory.createDefaultGraph();
    g.getPrefixMapping()
        .setNsPrefix("cc", CC.NS)
        .setNsPrefix("prov", PROV)
        .setNsPrefix("rdfs", RDFS.getURI())
        .setNsPrefix("dcterms", DCTerms.NS)
        .setNsPrefix("xsd", XSDDatatype.XSD + "#")
        .setNsPrefix("finding", ID + "finding/")
        .setNsPrefix("rule", ID + "rule/");
    Node check = NodeFactory.createURI(ID + "check/" + checkId(content));
    add(g, check, RDF.type.asNode(), CC.Check);
    add(g, check, RDFS.label.asNode(), english(content.headline()));
    for (RuleInfo r : content.rules()) {
      Node rule = rule(r);
      add(g, check, USED, rule);
      add(g, rule, RDF.type.asNode(), CC.Rule);
      add(g, rule, DCTerms.identifier.asNode(), NodeFactory.createLiteralString(r.id()));
      add(g, rule, RDFS.label.asNode(), english(r.title()));
      add(g, rule, RDFS.comment.asNode(), english(r.description()));
      add(g, rule, CC.category, category(r.category()));
      add(g, rule, CC.severity, severity(r.severity()));
    }
    for (Finding f : content.findings()) {
      Node finding = NodeFactory.createURI(ID + "finding/" + IRILib.encodeUriComponent(f.id()));
      Node a = NodeFactory.createURI(f.a().iri());
      Node b = NodeFactory.createURI(f.b().iri());
      add(g, finding, RDF.type.asNode(), CC.Finding);
      add(g, finding, DCTerms.identifier.asNode(), NodeFactory.createLiteralString(f.id()));
      add(g, finding, RDFS.label.asNode(), english(f.severity().id() + ": " + f.rule().title()));
      add(g, finding, CC.rule, rule(f.rule()));
      add(g, finding, CC.category, category(f.category()));
      add(g, finding, CC.severity, severity(f.severity()));
      add(g, finding, CC.assertionA, a);
      add(g, finding, CC.assertionB, b);
      add(g, finding, WAS_DERIVED_FROM, a);
      add(g, finding, WAS_DERIVED_FROM, b);
      add(g, finding, WAS_GENERATED_BY, check);
      add(g, finding, CC.reasoning, list(g, f.reasoning()));
    }
    for (Statement s : content.timeline()) {
      statement(g, s);
    }
    for (Article article : content.articles()) {
      Node node = NodeFactory.createURI(article.iri());
      add(g, node, RDF.type.asNode(), CC.Article);
      add(g, node, DCTerms.title.asNode(), english(article.title()));
      add(g, node, CC.published, date(article.published().toString()));
    }
    return g;
  }

  private static void statement(Graph g, Statement s) {
    Node node = NodeFactory.createURI(s.iri());
    add(g, node, RDF.type.asNode(), CC.Assertion);
    add(g, node, RDFS.label.asNode(), english(ReportContent.who(s) + " " + s.summary()));
    add(g, node, CC.inArticle, NodeFactory.createURI(s.article()));
    add(g, node, CC.onBehalfOf, NodeFactory.createURI(s.sideIri()));
    add(g, node, CC.polarity, CC.term(s.polarity().localName()));
    add(g, node, CC.modality, CC.term(capitalized(s.modality().id())));
    DateRange stated = s.stated();
    if (stated.from() != null) {
      add(g, node, CC.statedFrom, date(stated.from().toString()));
    }
    add(g, node, CC.statedUntil, date(stated.until().toString()));
    add(g, node, CC.quote, NodeFactory.createLiteralLang(s.quote(), s.language()));
    add(g, node, CC.gloss, english(s.gloss()));
  }

  /** {@code cc:NegationConflict} for {@link Category#NEGATION}, {@code cc:SameSideConflict}... */
  static Node category(Category category) {
    StringBuilder name = new StringBuilder();
    for (String word : category.id().split("-")) {
      name.append(capitalized(word));
    }
    return CC.term(name + "Conflict");
  }

  /** {@code cc:Contradiction} or {@code cc:Tension}. */
  static Node severity(Severity severity) {
    return CC.term(capitalized(severity.id()));
  }

  private static Node rule(RuleInfo rule) {
    return NodeFactory.createURI(ID + "rule/" + IRILib.encodeUriComponent(rule.id()));
  }

  private static Node list(Graph g, List<String> items) {
    Node head = RDF.nil.asNode();
    List<String> reversed = new ArrayList<>(items);
    java.util.Collections.reverse(reversed);
    for (String item : reversed) {
      Node cell = NodeFactory.createBlankNode();
      add(g, cell, RDF.first.asNode(), english(item));
      add(g, cell, RDF.rest.asNode(), head);
      head = cell;
    }
    return head;
  }

  /** Names the check after what it checked and found, so the same result gives the same IRI. */
  private static String checkId(ReportContent content) {
    StringBuilder key = new StringBuilder(content.threshold().id());
    content.rules().forEach(r -> key.append('\n').append(r.id()));
    content.findings().forEach(f -> key.append('\n').append(f.id()));
    content.statements().forEach(s -> key.append('\n').append(s.iri()));
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(key.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK lacks SHA-256", e);
    }
  }

  private static String capitalized(String word) {
    return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
  }

  private static Node english(String text) {
    return NodeFactory.createLiteralLang(text, "en");
  }

  private static Node date(String day) {
    return NodeFactory.createLiteralDT(day, XSDDatatype.XSDdate);
  }

  private static void add(Graph g, Node s, Node p, Node o) {
    g.add(Triple.create(s, p, o));
  }

  private static String write(Graph graph, RDFFormat format) {
    StringWriter out = new StringWriter();
    RDFDataMgr.write(out, graph, format);
    return out.toString();
  }
}
