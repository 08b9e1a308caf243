package org.claimcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.claimcheck.io.RdfLoader;
import org.claimcheck.model.Finding;
import org.claimcheck.model.Severity;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Turtle and JSON-LD reports load back with the strict loader and answer SPARQL queries. */
class RdfReportTest {
  private static final String FINDINGS =
      """
      PREFIX cc:      <https://w3id.org/claimcheck#>
      PREFIX prov:    <http://www.w3.org/ns/prov#>
      PREFIX rdf:     <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
      PREFIX dcterms: <http://purl.org/dc/terms/>
      SELECT ?id ?severity ?category ?rule ?quoteA ?quoteB ?steps WHERE {
        ?f a cc:Finding ; dcterms:identifier ?id ; cc:severity ?severity ; cc:category ?category ;
           cc:rule/dcterms:identifier ?rule ; cc:assertionA ?a ; cc:assertionB ?b ;
           prov:wasDerivedFrom ?a , ?b ; prov:wasGeneratedBy ?check .
        ?check a cc:Check ; prov:used ?r .
        ?r dcterms:identifier ?rule .
        ?a cc:quote ?quoteA . ?b cc:quote ?quoteB .
        { SELECT ?f (COUNT(?step) AS ?steps) WHERE { ?f cc:reasoning/rdf:rest*/rdf:first ?step } GROUP BY ?f }
      }
      ORDER BY ?id
      """;

  @ParameterizedTest
  @CsvSource({"TURTLE, ttl", "JSONLD, jsonld"})
  void loadsBackAndAnswersQueries(Format format, String extension, @TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("report." + extension);
    Files.writeString(file, format.render(Reports.article(), Severity.TENSION));
    Graph graph = RdfLoader.newGraph();
    RdfLoader.readInto(graph, List.of(file));

    RowSet rows = QueryExec.graph(graph).query(QueryFactory.create(FINDINGS)).select();
    List<String> found = new ArrayList<>();
    while (rows.hasNext()) {
      Binding row = rows.next();
      found.add(
          row.get("id").getLiteralLexicalForm()
              + " "
              + row.get("severity").getLocalName()
              + " "
              + row.get("category").getLocalName()
              + " "
              + row.get("rule").getLiteralLexicalForm()
              + " "
              + row.get("steps").getLiteralLexicalForm());
      assertThat(row.get("quoteA").getLiteralLanguage()).isEqualTo("ar");
    }
    List<String> expected = new ArrayList<>();
    for (Finding f : Reports.article().findings()) {
      expected.add(
          f.id()
              + " "
              + RdfReport.severity(f.severity()).getLocalName()
              + " "
              + RdfReport.category(f.category()).getLocalName()
              + " "
              + f.rule().id()
              + " "
              + f.reasoning().size());
    }
    assertThat(found).containsExactlyInAnyOrderElementsOf(expected);
  }

  @ParameterizedTest
  @CsvSource({"TURTLE", "JSONLD"})
  void usesOnlyTermsTheOntologyDefines(Format format) {
    Graph ontology = org.claimcheck.io.BundledResources.ontology();
    Graph report =
        Reports.parse(
            format.render(Reports.article(), Severity.TENSION),
            format == Format.TURTLE
                ? org.apache.jena.riot.Lang.TURTLE
                : org.apache.jena.riot.Lang.JSONLD);
    report
        .find()
        .forEachRemaining(
            t -> {
              for (org.apache.jena.graph.Node n : List.of(t.getPredicate(), t.getObject())) {
                if (n.isURI() && n.getURI().startsWith(org.claimcheck.vocab.CC.NS)) {
                  assertThat(
                          ontology.contains(
                              n, org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY))
                      .as("%s is defined in the ontology", n)
                      .isTrue();
                  List<String> labels = new ArrayList<>();
                  ontology
                      .find(
                          n,
                          org.apache.jena.vocabulary.RDFS.label.asNode(),
                          org.apache.jena.graph.Node.ANY)
                      .forEachRemaining(l -> labels.add(l.getObject().getLiteralLanguage()));
                  assertThat(labels).as("languages of the labels of %s", n).contains("en", "ar");
                  assertThat(
                          ontology.contains(
                              n,
                              org.apache.jena.vocabulary.RDFS.comment.asNode(),
                              org.apache.jena.graph.Node.ANY))
                      .as("%s has a comment", n)
                      .isTrue();
                }
              }
            });
  }
}
