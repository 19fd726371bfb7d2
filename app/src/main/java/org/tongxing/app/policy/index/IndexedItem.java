package org.tongxing.app.policy.index;

import java.util.List;
import org.tongxing.app.policy.WorkItem;

/** A work item with its sentences and what implements each. */
public record IndexedItem(WorkItem item, List<IndexedSentence> sentences) {

  public IndexedItem {
    sentences = List.copyOf(sentences);
  }

  public long implementedCount() {
    return sentences.stream().filter(IndexedSentence::implemented).count();
  }
}
