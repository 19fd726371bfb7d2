package org.tongxing.app.tasklist.form;

import java.util.List;

/**
 * One component of a Camunda form, as far as the tasklist uses it.
 *
 * @param type the component type as written in the form
 * @param text the markdown of a {@code text} component
 * @param defaultValue a string, number or boolean; {@code null} when absent
 * @param decimalDigits the number of decimals a number field accepts; {@code null} for any
 * @param noticeCode for {@link ComponentKind#UNSUPPORTED}: the message that explains why
 * @param table for {@link ComponentKind#TABLE}: where its rows come from and its columns; {@code
 *     null} otherwise
 */
public record FormComponent(
    ComponentKind kind,
    String type,
    String key,
    String label,
    String description,
    String text,
    List<ChoiceOption> options,
    FieldValidation validation,
    boolean readonly,
    Object defaultValue,
    Integer decimalDigits,
    String noticeCode,
    FormTable table) {

  public static final String NOTICE_UNKNOWN_TYPE = "form.notice.unknownType";
  public static final String NOTICE_DYNAMIC_OPTIONS = "form.notice.dynamicOptions";
  public static final String NOTICE_MISSING_KEY = "form.notice.missingKey";
  public static final String NOTICE_TABLE_SOURCE = "form.notice.tableSource";

  public FormComponent {
    options = options == null ? List.of() : List.copyOf(options);
    validation = validation == null ? FieldValidation.NONE : validation;
  }

  /** A component that is not a table. */
  public FormComponent(
      ComponentKind kind,
      String type,
      String key,
      String label,
      String description,
      String text,
      List<ChoiceOption> options,
      FieldValidation validation,
      boolean readonly,
      Object defaultValue,
      Integer decimalDigits,
      String noticeCode) {
    this(
        kind,
        type,
        key,
        label,
        description,
        text,
        options,
        validation,
        readonly,
        defaultValue,
        decimalDigits,
        noticeCode,
        null);
  }

  /** Whether the user fills it in and it becomes a variable on completion. */
  public boolean isEditableInput() {
    return kind.isInput() && !readonly;
  }
}
