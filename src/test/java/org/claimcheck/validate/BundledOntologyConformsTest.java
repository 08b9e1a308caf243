package org.claimcheck.validate;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.claimcheck.io.BundledResources;
import org.claimcheck.vocab.CC;
import org.junit.jupiter.api.Test;

/**
 * The bundled ontology (core terms, vocabulary, gazetteer) conforms to the shapes, every node of it
 * validated: a check skips the terms that the facts leave as bundled, on the strength of this test;
 * a term the facts add to is validated again.
 */
class BundledOntologyConformsTest {
  @Test
  void everyBundledTermConforms() {
    ValidationResult result =
        FactValidator.validate(BundledResources.shapes(), BundledResources.ontology(), false);
    assertThat(result.violations()).isEmpty();
    assertThat(result.conforms()).isTrue();
  }

  @Test
  void aBundledTermThatTheFactsChangeIsValidatedAgain() {
    Graph data = BundledResources.ontology();
    // An opposition stated one way only, added to a bundled event type.
    data.add(Triple.create(CC.term("Ceasefire"), CC.opposes, CC.term("Negotiations")));
    ValidationResult result = FactValidator.validate(BundledResources.shapes(), data);
    assertThat(result.conforms()).isFalse();
    assertThat(result.violations())
        .anySatisfy(
            v -> assertThat(v.message()).contains("opposes").contains("not the other way round"));
    assertThat(BundledResources.unchangedBundledTerm(CC.term("Ceasefire"), data)).isFalse();
    assertThat(BundledResources.unchangedBundledTerm(CC.term("Attack"), data)).isTrue();
    assertThat(
            BundledResources.unchangedBundledTerm(
                NodeFactory.createURI("https://example.org/x"), data))
        .isFalse();
  }
}
