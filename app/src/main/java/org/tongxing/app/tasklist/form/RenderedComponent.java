package org.tongxing.app.tasklist.form;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A form component ready for the template: its element ids, its current value and its error, and
 * the HTML attributes that mirror the server's rules.
 *
 * @param id the id of the input element (for a radio group, of the fieldset)
 * @param inputName the request parameter the value is posted as
 * @param value the current value as text; {@code "true"} for a ticked checkbox
 * @param errorMessage the resolved message, or {@code null} when the field is fine
 * @param tableRows for a table: one list of cell texts per row, in column order ({@code "true"} and
 *     {@code "false"} for yes and no); empty otherwise
 */
public record RenderedComponent(
    FormComponent component,
    String id,
    String inputName,
    String value,
    String errorMessage,
    List<List<String>> tableRows) {

  public RenderedComponent {
    tableRows = tableRows == null ? List.of() : List.copyOf(tableRows);
  }

  /** A component that is not a table. */
  public RenderedComponent(
      FormComponent component, String id, String inputName, String value, String errorMessage) {
    this(component, id, inputName, value, errorMessage, List.of());
  }

  /** The id of a table's caption, which names its scrollable region. */
  public String captionId() {
    return id + "-caption";
  }

  /** The headings and paragraphs of a {@code text} component. */
  public List<TextBlock> textBlocks() {
    return MarkdownText.blocks(component.text());
  }

  public String hintId() {
    return id + "-hint";
  }

  public String errorId() {
    return id + "-error";
  }

  public boolean hasHint() {
    return component.description() != null && !component.description().isBlank();
  }

  public boolean hasError() {
    return errorMessage != null;
  }

  /** The ids for {@code aria-describedby}: the hint, then the error; {@code null} for none. */
  public String describedBy() {
    List<String> ids = new ArrayList<>();
    if (hasHint()) {
      ids.add(hintId());
    }
    if (hasError()) {
      ids.add(errorId());
    }
    return ids.isEmpty() ? null : String.join(" ", ids);
  }

  public String optionId(int index) {
    return id + "-option-" + index;
  }

  public boolean isChecked() {
    return "true".equals(value);
  }

  public boolean isSelected(ChoiceOption option) {
    return option.formValue().equals(value);
  }

  /** The value as a reader sees it: a choice's label rather than its value; blank is none. */
  public String displayValue() {
    if (value == null || value.isBlank()) {
      return null;
    }
    return component.options().stream()
        .filter(this::isSelected)
        .map(ChoiceOption::label)
        .findFirst()
        .orElse(value);
  }

  /**
   * The pattern for the browser. HTML anchors a {@code pattern} attribute, Camunda Forms does not,
   * so the rule is wrapped to match the server's "occurs in the value".
   */
  public String htmlPattern() {
    String pattern = component.validation().pattern();
    return pattern == null ? null : "[\\s\\S]*(?:" + pattern + ")[\\s\\S]*";
  }

  /** The {@code step} of a number input: {@code any} unless the form limits the decimals. */
  public String step() {
    Integer digits = component.decimalDigits();
    return digits == null || digits < 0
        ? "any"
        : BigDecimal.ONE.movePointLeft(digits).toPlainString();
  }

  public String min() {
    BigDecimal min = component.validation().min();
    return min == null ? null : min.toPlainString();
  }

  public String max() {
    BigDecimal max = component.validation().max();
    return max == null ? null : max.toPlainString();
  }
}
