package org.tongxing.workers.reminders;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * The variables the {@link RemindAssigneesWorker} reads: the local variable {@code reminder}.
 *
 * @param reminder what to remind of
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RemindAssigneesInput(Reminder reminder) {

  /**
   * @param elementIds the user tasks whose open tasks are reminded of, for example {@code
   *     [Task_HandlePetition]}: the steps of the stage the period limits
   * @param stage the step in Chinese, for example 办理
   * @param dueAt when its period ends
   * @param remindedAt engine time of the reminder (FEEL {@code now()})
   * @param clause the rule that sets the period, for example 信访工作条例 第三十三条
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Reminder(
      List<String> elementIds, String stage, String dueAt, String remindedAt, String clause) {

    public Reminder {
      elementIds = elementIds == null ? List.of() : List.copyOf(elementIds);
    }
  }
}
