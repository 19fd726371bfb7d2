package org.tongxing.app.policy;

import java.util.List;
import java.util.Optional;

/** The policy the processes implement: its title and its work items, sentence by sentence. */
public record PolicyText(String title, List<WorkItem> items) {

  public PolicyText {
    items = List.copyOf(items);
  }

  /** The sentence a clause cites, if the policy has it. */
  public Optional<PolicySentence> sentence(Clause clause) {
    return items.stream()
        .filter(item -> item.number() == clause.item())
        .flatMap(item -> item.sentences().stream())
        .filter(sentence -> sentence.clause().equals(clause))
        .findFirst();
  }

  public boolean has(Clause clause) {
    return sentence(clause).isPresent();
  }

  public List<PolicySentence> sentences() {
    return items.stream().flatMap(item -> item.sentences().stream()).toList();
  }
}
