package org.tongxing.app.policy;

import java.util.List;

/**
 * A work item (工作) of the policy: its number, its heading ({@code 完善促进残疾人就业政策。}), the section it
 * belongs to ({@code （一）进一步缩小残健收入差距}) and its sentences, numbered from 1.
 */
public record WorkItem(int number, String heading, String section, List<PolicySentence> sentences) {

  public WorkItem {
    sentences = List.copyOf(sentences);
  }
}
