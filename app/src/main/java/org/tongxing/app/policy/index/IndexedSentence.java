package org.tongxing.app.policy.index;

import java.util.List;
import org.tongxing.app.policy.PolicySentence;

/** A sentence of the policy and what implements it. */
public record IndexedSentence(PolicySentence sentence, List<IndexedCitation> citations) {

  public IndexedSentence {
    citations = List.copyOf(citations);
  }

  public boolean implemented() {
    return !citations.isEmpty();
  }
}
