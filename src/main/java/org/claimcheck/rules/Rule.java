package org.claimcheck.rules;

import java.util.List;
import org.apache.jena.query.Query;
import org.claimcheck.model.RuleInfo;

/** A validated rule: its header and its parsed SELECT query. */
public record Rule(RuleInfo info, Query query) {
  /**
   * The variables every rule projects: the two statements ({@code ?a}, {@code ?b}) and the event
   * types, agents and places that link them. Rules about counts may add {@code ?countA}, {@code
   * ?countB}, {@code ?earlier} and {@code ?countEarlier}.
   */
  public static final List<String> REQUIRED_VARIABLES =
      List.of("a", "b", "typeA", "typeB", "agentA", "agentB", "placeA", "placeB");
}
