package org.tongxing.app.monitoring.instances;

import java.util.List;

/**
 * One page of search results.
 *
 * @param total the matches counted, at most the search side's counting limit
 * @param moreThanTotal whether there are more matches than counted
 * @param scopeTruncated whether a department's cases were more than could be collected
 */
public record InstancePage(
    List<InstanceRow> rows,
    long total,
    boolean moreThanTotal,
    int page,
    int pageCount,
    boolean scopeTruncated) {

  public static InstancePage empty(boolean scopeTruncated) {
    return new InstancePage(List.of(), 0, false, 1, 1, scopeTruncated);
  }

  public boolean hasPrevious() {
    return page > 1;
  }

  public boolean hasNext() {
    return page < pageCount;
  }
}
