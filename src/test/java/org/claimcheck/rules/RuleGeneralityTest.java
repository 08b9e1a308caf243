package org.claimcheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.claimcheck.io.BundledResources;
import org.claimcheck.sparql.QueryText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rules reason over the ontology, never over the names of one article: every IRI a rule names is a
 * class or property of the ontology, a value of one of its closed enumerations (polarity, modality,
 * exactness), or a term of a standard vocabulary; and no rule holds a date.
 */
class RuleGeneralityTest {
  private static final Graph ONTOLOGY = BundledResources.ontology();
  private static final Set<String> STANDARD =
      Set.of(
          "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
          "http://www.w3.org/2000/01/rdf-schema#",
          "http://www.w3.org/2002/07/owl#",
          "http://www.w3.org/2001/XMLSchema#",
          "http://www.w3.org/2004/02/skos/core#");
  private static final Pattern IRI = Pattern.compile("<([^<>\\s]+)>");
  private static final Pattern DATE =
      Pattern.compile("\\^\\^<http://www.w3.org/2001/XMLSchema#(date|dateTime|gYear|gYearMonth)>");

  static List<Rule> rules() {
    return RuleLoader.bundled();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void aRuleNamesOnlyTermsOfTheOntology(Rule rule) {
    assertThat(individualsNamed(rule.query())).as(rule.info().source()).isEmpty();
  }

  @Test
  void anArticlesActorPlaceOrDateIsCaught() {
    Query query =
        QueryText.parse(
            "bad.rq",
            """
            PREFIX cc: <https://w3id.org/claimcheck#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            SELECT ?a WHERE {
              ?a cc:proposition ?p .
              ?p cc:agent <https://w3id.org/claimcheck/id/actor/Coalition> ;
                 cc:location <https://w3id.org/claimcheck/id/place/Hasakah> ;
                 cc:eventType cc:EstablishNewBase ;
                 cc:holdsFrom ?from .
              FILTER(?from >= "2021-02-16"^^xsd:date)
              FILTER(?a != cc:Affirms)
            } ORDER BY ?a
            """);

    assertThat(individualsNamed(query))
        .containsExactly(
            "https://w3id.org/claimcheck/id/actor/Coalition",
            "https://w3id.org/claimcheck/id/place/Hasakah",
            "https://w3id.org/claimcheck#EstablishNewBase",
            "a date literal");
  }

  private static List<String> individualsNamed(Query query) {
    Query copy = query.cloneQuery();
    copy.setPrefixMapping(PrefixMapping.Factory.create());
    String text = copy.serialize();
    List<String> named = new ArrayList<>();
    Matcher iri = IRI.matcher(text);
    while (iri.find()) {
      String value = iri.group(1);
      if (!allowed(value) && !named.contains(value)) {
        named.add(value);
      }
    }
    if (DATE.matcher(text).find()) {
      named.add("a date literal");
    }
    return named;
  }

  private static boolean allowed(String iri) {
    if (STANDARD.stream().anyMatch(iri::startsWith)) {
      return true;
    }
    Node term = NodeFactory.createURI(iri);
    for (Node kind :
        List.of(OWL.Class.asNode(), OWL.ObjectProperty.asNode(), OWL.DatatypeProperty.asNode())) {
      if (ONTOLOGY.contains(term, RDF.type.asNode(), kind)) {
        return true;
      }
    }
    // A value of a closed enumeration (a class with owl:oneOf), such as cc:Affirms or cc:Exact.
    return ONTOLOGY.find(term, RDF.type.asNode(), Node.ANY).toList().stream()
        .anyMatch(t -> ONTOLOGY.contains(t.getObject(), OWL.oneOf.asNode(), Node.ANY));
  }
}
