package org.claimcheck.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.claimcheck.claims.Knowledge;
import org.claimcheck.model.Category;
import org.claimcheck.model.Modality;
import org.claimcheck.model.Statement;

/**
 * Writes the reasoning chain of a finding in plain words, from the event types, agents and places
 * that the rule's row linked, walking the same relations the rule followed (entailment, opposition,
 * containment, part-of) in {@link Knowledge}.
 */
final class Explainer {
  private final Knowledge knowledge;

  Explainer(Knowledge knowledge) {
    this.knowledge = knowledge;
  }

  /** What a rule's row linked, as IRIs, plus the counts that rules about numbers project. */
  record Link(
      String typeA,
      String typeB,
      String agentA,
      String agentB,
      String placeA,
      String placeB,
      Optional<String> countA,
      Optional<String> countB,
      Optional<Statement> earlier,
      Optional<String> countEarlier) {}

  List<String> explain(Category category, Statement a, Statement b, Link link) {
    List<String> steps = new ArrayList<>();
    steps.addAll(eventTypes(link.typeA(), link.typeB()));
    steps.add(places(link.placeA(), link.placeB()));
    steps.add(agents(link.agentA(), link.agentB()));
    steps.add(times(a, b));
    if (category == Category.NEGATION
        || category == Category.ENTAILMENT
        || category == Category.SAME_SIDE) {
      steps.add(sides(a, b));
    }
    modality("A", a).ifPresent(steps::add);
    modality("B", b).ifPresent(steps::add);
    if (category == Category.NUMBERS) {
      numbers(a, b, link).ifPresent(steps::add);
    }
    return steps;
  }

  private List<String> eventTypes(String typeA, String typeB) {
    if (typeA.equals(typeB)) {
      return List.of("both are about " + knowledge.label(typeA));
    }
    Optional<List<String>> forward = knowledge.entailmentChain(typeA, typeB);
    if (forward.isPresent()) {
      return List.of(entailment(forward.get()));
    }
    Optional<List<String>> backward = knowledge.entailmentChain(typeB, typeA);
    if (backward.isPresent()) {
      return List.of(entailment(backward.get()));
    }
    for (String hosted : knowledge.hostedAs(typeA)) {
      Optional<List<String>> chain = knowledge.entailmentChain(hosted, typeB);
      if (chain.isPresent()) {
        List<String> steps = new ArrayList<>();
        steps.add(
            "on a host's territory, "
                + knowledge.label(typeA)
                + " is, for the host, "
                + knowledge.label(hosted));
        if (!hosted.equals(typeB)) {
          steps.add(entailment(chain.get()));
        }
        return steps;
      }
    }
    for (String p : knowledge.entailedTypes(typeA)) {
      for (String q : knowledge.entailedTypes(typeB)) {
        if (knowledge.opposed(p, q)) {
          List<String> steps = new ArrayList<>();
          if (!p.equals(typeA)) {
            steps.add(entailment(knowledge.entailmentChain(typeA, p).orElseThrow()));
          }
          if (!q.equals(typeB)) {
            steps.add(entailment(knowledge.entailmentChain(typeB, q).orElseThrow()));
          }
          steps.add(knowledge.label(p) + " is the opposite of " + knowledge.label(q));
          return steps;
        }
      }
    }
    return List.of("A is about " + knowledge.label(typeA) + ", B about " + knowledge.label(typeB));
  }

  private String entailment(List<String> chain) {
    StringBuilder text = new StringBuilder(knowledge.label(chain.get(0)));
    for (int i = 1; i < chain.size(); i++) {
      text.append(i == 1 ? " entails " : ", which entails ").append(knowledge.label(chain.get(i)));
    }
    return text.toString();
  }

  /** The two times, and whether they overlap for certain or only may (an end open or not said). */
  private static String times(Statement a, Statement b) {
    String both = "A is about " + a.holds() + ", B about " + b.holds();
    if (a.holds().closed() && b.holds().closed()) {
      return both + ": they overlap";
    }
    return both + ": they may overlap (a time that is open or not said is never a certain overlap)";
  }

  private String places(String placeA, String placeB) {
    return containment(placeA, placeB, knowledge::withinChain, " is within ", ", within ");
  }

  private String agents(String agentA, String agentB) {
    return containment(agentA, agentB, knowledge::partOfChain, " is part of ", ", part of ");
  }

  /** "both concern X", or the chain from the inner of the two to the outer. */
  private String containment(
      String a,
      String b,
      BiFunction<String, String, Optional<List<String>>> chainOf,
      String first,
      String next) {
    if (a.equals(b)) {
      return "both concern " + knowledge.label(a);
    }
    return chainOf
        .apply(a, b)
        .or(() -> chainOf.apply(b, a))
        .map(chain -> chain(chain, first, next))
        .orElse("A concerns " + knowledge.label(a) + ", B " + knowledge.label(b));
  }

  private String sides(Statement a, Statement b) {
    String who = "A speaks for " + a.side() + ", B for " + b.side();
    if (a.sideIri().equals(b.sideIri())) {
      return "A and B both speak for " + a.side() + ": one side";
    }
    return knowledge
        .partOfChain(a.sideIri(), b.sideIri())
        .or(() -> knowledge.partOfChain(b.sideIri(), a.sideIri()))
        .map(chain -> who + "; " + chain(chain, " is part of ", ", part of ") + ": one side")
        .orElse(who + ": different sides");
  }

  private String chain(List<String> chain, String first, String next) {
    StringBuilder text = new StringBuilder(knowledge.label(chain.get(0)));
    for (int i = 1; i < chain.size(); i++) {
      text.append(i == 1 ? first : next).append(knowledge.label(chain.get(i)));
    }
    return text.toString();
  }

  private static Optional<String> modality(String name, Statement s) {
    if (s.modality() == Modality.FACT) {
      return Optional.empty();
    }
    return Optional.of(name + " is stated as " + article(s.modality().id()) + ", not as a fact");
  }

  private static String article(String word) {
    return ("aeiou".indexOf(word.charAt(0)) >= 0 ? "an " : "a ") + word;
  }

  private static Optional<String> numbers(Statement a, Statement b, Link link) {
    if (link.earlier().isPresent()
        && link.countA().isPresent()
        && link.countEarlier().isPresent()) {
      Statement earlier = link.earlier().get();
      return Optional.of(
          "an earlier statement ("
              + earlier.speaker()
              + ", "
              + earlier.stated()
              + ") counts "
              + link.countEarlier().get()
              + " for "
              + earlier.holds()
              + "; A counts "
              + link.countA().get()
              + " for "
              + a.holds()
              + ": a change beyond what their exactness allows");
    }
    if (link.countA().isEmpty() && a.quantity().isPresent() && b.quantity().isPresent()) {
      return Optional.of(
          "A counts "
              + a.quantity().get()
              + ", B counts "
              + b.quantity().get()
              + ": no number fits both");
    }
    if (link.countA().isPresent() && link.countB().isPresent()) {
      long gap =
          Math.abs(Long.parseLong(link.countA().get()) - Long.parseLong(link.countB().get()));
      return Optional.of(
          "A counts "
              + link.countA().get()
              + ", B counts "
              + link.countB().get()
              + ": they differ by "
              + gap
              + ", more than their exactness allows");
    }
    return Optional.empty();
  }
}
