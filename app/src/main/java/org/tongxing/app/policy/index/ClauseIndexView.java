package org.tongxing.app.policy.index;

import java.util.List;
import java.util.Optional;
import org.tongxing.app.policy.Clause;

/**
 * The policy sentence by sentence with what implements each, the citations that point nowhere, and
 * whether the deployed models could be read (the repository's are read regardless).
 */
public record ClauseIndexView(
    String title,
    List<IndexedItem> items,
    List<StrayCitation> strays,
    boolean deployedUnavailable) {

  public ClauseIndexView {
    items = List.copyOf(items);
    strays = List.copyOf(strays);
  }

  public Optional<IndexedSentence> sentence(Clause clause) {
    return items.stream()
        .flatMap(item -> item.sentences().stream())
        .filter(sentence -> sentence.sentence().clause().equals(clause))
        .findFirst();
  }

  public long sentenceCount() {
    return items.stream().mapToLong(item -> item.sentences().size()).sum();
  }

  public long implementedCount() {
    return items.stream().mapToLong(IndexedItem::implementedCount).sum();
  }
}
