package org.claimcheck.claimsjson;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.claimcheck.vocab.CC;

/**
 * What a name in a claims file may stand for: the instances (or subclasses) of a class of the
 * ontology.
 */
public enum TermKind {
  EVENT_TYPE("event-type", "event type", "EventType", false),
  ROLE("role", "role", "Role", false),
  POLARITY("polarity", "polarity", "Polarity", false),
  MODALITY("modality", "modality", "Modality", false),
  UNIT("unit", "unit", "Unit", false),
  EXACTNESS("exactness", "exactness", "Exactness", false),
  SOURCE_KIND("source-kind", "kind of source", "Source", true),
  ACTOR_KIND("actor-kind", "kind of actor", "Actor", true),
  PLACE_KIND("place-kind", "kind of place", "Place", true),
  ACTOR("actor", "actor", "Actor", false),
  PLACE("place", "place", "Place", false);

  /** Kinds with at most this many terms are listed whole in an unknown-value error. */
  static final int LISTED_WHOLE = 20;

  /** The name of the kind on the command line ({@code --kind event-type}). */
  public final String id;

  /** The kind in a sentence ("unknown kind of source"). */
  public final String noun;

  final Node root;

  /** Whether the terms are the subclasses of {@link #root} rather than its instances. */
  final boolean classes;

  TermKind(String id, String noun, String rootLocalName, boolean classes) {
    this.id = id;
    this.noun = noun;
    this.root = NodeFactory.createURI(CC.NS + rootLocalName);
    this.classes = classes;
  }

  /** The kind named {@code id} on the command line. */
  public static Optional<TermKind> byId(String id) {
    return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
  }

  /** Every kind's command-line name, for help and errors. */
  public static String ids() {
    return Arrays.stream(values()).map(k -> k.id).collect(Collectors.joining(", "));
  }
}
