package org.tongxing.app.tasklist;

import java.util.List;
import org.tongxing.app.tasklist.form.RenderedComponent;

/**
 * The 同意/驳回 buttons of an approval step, in place of the form's decision field, and the opinion
 * field the tasklist adds when the form has none.
 *
 * @param decision the decision field as rendered (ids, error)
 * @param ownOpinion the tasklist's own opinion field, or {@code null} when the form has one
 */
public record ApprovalView(
    RenderedComponent decision, List<Button> buttons, RenderedComponent ownOpinion) {

  /**
   * @param approves {@code true} for 同意, {@code false} for 驳回, {@code null} for other options
   */
  public record Button(String id, String value, String label, Boolean approves) {}
}
