package org.pactum.streams.core.validate;

import java.util.LinkedHashSet;
import java.util.Set;
import org.pactum.contracts.model.DataContract;

/**
 * The registry subjects whose versions may write a binding's records: the contract's own subject
 * (its id, under which Pactum registers the contract's schema versions), {@code <contract
 * id>-value}, and — for producers using Confluent's default topic-name strategy — {@code <input
 * topic>-value}. A version registered under one of them passed that subject's compatibility mode
 * when it was registered; a schema registered only under some other subject is refused ({@code
 * SCHEMA_MISMATCH}).
 */
public record WriterSubjects(Set<String> subjects) {
  public WriterSubjects {
    subjects = Set.copyOf(subjects);
    if (subjects.isEmpty()) {
      throw new IllegalArgumentException("a binding accepts at least one subject");
    }
  }

  /**
   * @param inputTopic the binding's input topic, or null
   */
  public static WriterSubjects of(DataContract contract, String inputTopic) {
    Set<String> s = new LinkedHashSet<>();
    s.add(contract.id());
    s.add(contract.id() + "-value");
    if (inputTopic != null) {
      s.add(inputTopic + "-value");
    }
    return new WriterSubjects(s);
  }

  public boolean acceptsAny(Set<String> registeredUnder) {
    return registeredUnder.stream().anyMatch(subjects::contains);
  }

  /** For a reason: {@code subject orders.order_placed (or orders.order_placed-value, …)}. */
  String describe() {
    var it = subjects.iterator();
    String first = it.next();
    if (!it.hasNext()) {
      return "subject " + first;
    }
    StringBuilder more = new StringBuilder();
    it.forEachRemaining(x -> more.append(more.length() == 0 ? "" : ", ").append(x));
    return "subject " + first + " (or " + more + ")";
  }
}
