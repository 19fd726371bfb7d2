package org.tongxing.app.tasklist;

import java.util.List;

/**
 * One page of a task search.
 *
 * @param total how many tasks match; a lower bound when {@code moreThanTotal}
 * @param moreThanTotal the search side stopped counting (at 10,000 on both runtimes)
 */
public record TaskSearchPage(List<UserTaskInfo> items, long total, boolean moreThanTotal) {

  public static final TaskSearchPage EMPTY = new TaskSearchPage(List.of(), 0, false);

  public TaskSearchPage {
    items = List.copyOf(items);
  }
}
