package org.tongxing.app.tasklist.form;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The 同意/驳回 decision of an approval step, found in its form: a radio group or select whose options
 * include an approving and a rejecting value (e.g. {@code approve} and {@code reject}). The page
 * offers its options as buttons; the opinion (审批意见) is the form's first text area, or, when the
 * form has none, one the tasklist adds ({@value #OWN_OPINION}). Either way an opinion is required
 * for the decision.
 *
 * @param decision the decision component
 * @param opinionKey the key of the opinion's field
 * @param opinionInForm whether the form has the opinion field itself
 */
public record ApprovalFields(FormComponent decision, String opinionKey, boolean opinionInForm) {

  public static final String OWN_OPINION = "approvalOpinion";
  private static final Set<String> APPROVING = Set.of("approve", "approved", "agree", "pass");
  private static final Set<String> REJECTING = Set.of("reject", "rejected", "disagree", "refuse");

  public static Optional<ApprovalFields> of(FormSchema schema) {
    FormComponent decision =
        schema.inputs().stream()
            .filter(FormComponent::isEditableInput)
            .filter(
                field ->
                    field.kind() == ComponentKind.RADIO || field.kind() == ComponentKind.SELECT)
            .filter(field -> hasOption(field, APPROVING) && hasOption(field, REJECTING))
            .findFirst()
            .orElse(null);
    if (decision == null) {
      return Optional.empty();
    }
    Optional<FormComponent> opinion =
        schema.inputs().stream()
            .filter(field -> field.kind() == ComponentKind.TEXTAREA && field.isEditableInput())
            .findFirst();
    return Optional.of(
        new ApprovalFields(
            decision, opinion.map(FormComponent::key).orElse(OWN_OPINION), opinion.isPresent()));
  }

  /** Whether the chosen value approves ({@code true}), rejects ({@code false}), or neither. */
  public Optional<Boolean> approves(Object value) {
    String text = value == null ? "" : String.valueOf(value);
    if (APPROVING.contains(text)) {
      return Optional.of(true);
    }
    if (REJECTING.contains(text)) {
      return Optional.of(false);
    }
    return Optional.empty();
  }

  public List<ChoiceOption> options() {
    return decision.options();
  }

  private static boolean hasOption(FormComponent field, Set<String> values) {
    return field.options().stream().anyMatch(option -> values.contains(option.formValue()));
  }
}
