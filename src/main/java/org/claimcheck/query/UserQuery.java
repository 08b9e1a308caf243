package org.claimcheck.query;

import static org.claimcheck.error.ClaimcheckException.badInput;
import static org.claimcheck.error.ClaimcheckException.usage;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVars;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.util.NodeFactoryExtra;
import org.claimcheck.io.BundledResources;
import org.claimcheck.sparql.QuerySafety;
import org.claimcheck.sparql.QueryText;

/** Parses and checks user query text: strict SPARQL 1.1 with the ontology's prefixes declared. */
final class UserQuery {
  private UserQuery() {}

  /**
   * The prefixes every user query may use without declaring them: Jena's standard ones (rdf, rdfs,
   * owl, xsd, ...) and the ontology's (cc, prov, skos, time, dcterms).
   */
  static PrefixMapping prefixes() {
    return PrefixMapping.Factory.create()
        .setNsPrefixes(PrefixMapping.Standard)
        .setNsPrefixes(BundledResources.ontology().getPrefixMapping())
        .lock();
  }

  /**
   * Parses {@code text}; a syntax error is BAD_INPUT {@code source:line:col: message}, SPARQL
   * Update is refused, and so is {@code SERVICE} unless {@code allowService}.
   */
  static Query parse(String text, String source, boolean allowService) {
    Query query = QueryText.parse(source, text, prefixes());
    if (!allowService && QuerySafety.usesService(query)) {
      throw badInput(
          source + ": SERVICE calls other hosts and is refused (allow it with --allow-service)");
    }
    return query;
  }

  /**
   * The bindings of {@code params}, each {@code NAME=VALUE} where NAME is a variable of the query
   * (with or without {@code ?}) and VALUE one RDF term in Turtle syntax: {@code <iri>}, {@code
   * prefix:name}, {@code "text"}, {@code "text"@en}, {@code "5"^^xsd:integer}, {@code 42}.
   */
  static Binding bindings(Query query, List<String> params) {
    Set<Var> vars = new HashSet<>(OpVars.mentionedVars(Algebra.compile(query)));
    query.getProjectVars().forEach(vars::add);
    BindingBuilder builder = BindingBuilder.create();
    for (String param : params) {
      int eq = param.indexOf('=');
      if (eq < 1) {
        throw usage("--param " + param + ": expected NAME=VALUE");
      }
      String name = param.substring(0, eq).strip().replaceFirst("^[?$]", "");
      Var var = Var.alloc(name);
      if (!vars.contains(var)) {
        throw usage("--param " + param + ": the query has no variable ?" + name);
      }
      if (builder.contains(var)) {
        throw usage("--param " + param + ": ?" + name + " is bound twice");
      }
      builder.add(var, term(param, param.substring(eq + 1).strip(), query.getPrefixMapping()));
    }
    return builder.build();
  }

  private static Node term(String param, String value, PrefixMapping prefixes) {
    try {
      Node node = NodeFactoryExtra.parseNode(value, PrefixMapFactory.create(prefixes));
      if (node != null && node.isConcrete() && !node.isBlank()) {
        return node;
      }
    } catch (RuntimeException e) {
      // reported below with the syntax expected
    }
    throw usage(
        "--param "
            + param
            + ": not one RDF term (use <iri>, prefix:name, \"text\", \"text\"@en,"
            + " \"5\"^^xsd:integer or 42)");
  }
}
