package org.tongxing.app.monitoring.instances;

import org.tongxing.app.monitoring.ListPage;

/**
 * One page of search results.
 *
 * @param scopeTruncated whether a department's cases were more than could be collected
 */
public record InstancePage(ListPage<InstanceRow> list, boolean scopeTruncated) {

  public static InstancePage empty(boolean scopeTruncated) {
    return new InstancePage(ListPage.empty(), scopeTruncated);
  }
}
