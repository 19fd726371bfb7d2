package org.tongxing.app.monitoring;

import java.util.Set;

/**
 * The cases a viewer may see: all of them (the lead office), or the process instances their
 * departments took part in.
 *
 * @param keys the process instance keys; ignored when {@code all}
 * @param truncated whether the department has more cases than were collected (the oldest left out)
 */
public record VisibleCases(boolean all, Set<Long> keys, boolean truncated) {

  public VisibleCases {
    keys = Set.copyOf(keys);
  }

  public static VisibleCases everything() {
    return new VisibleCases(true, Set.of(), false);
  }

  public boolean includes(long processInstanceKey) {
    return all || keys.contains(processInstanceKey);
  }

  public boolean none() {
    return !all && keys.isEmpty();
  }
}
