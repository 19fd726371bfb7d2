package org.tongxing.app.tasklist.form;

import java.util.Locale;
import java.util.Map;

/** The Camunda Forms component types the tasklist renders, and what it does with the rest. */
public enum ComponentKind {
  /** Markdown text, shown as plain text with its line breaks. */
  TEXT(false),
  TEXTFIELD(true),
  TEXTAREA(true),
  NUMBER(true),
  RADIO(true),
  SELECT(true),
  CHECKBOX(true),
  SEPARATOR(false),
  /** A read-only table of a list variable: static columns, rows from a path. */
  TABLE(false),
  /** Layout that the page does itself: spacers, and buttons (the page has its own submit). */
  NOT_SHOWN(false),
  /** Anything else: a visible notice instead of the component. */
  UNSUPPORTED(false);

  private static final Map<String, ComponentKind> BY_TYPE =
      Map.ofEntries(
          Map.entry("text", TEXT),
          Map.entry("textfield", TEXTFIELD),
          Map.entry("textarea", TEXTAREA),
          Map.entry("number", NUMBER),
          Map.entry("radio", RADIO),
          Map.entry("select", SELECT),
          Map.entry("checkbox", CHECKBOX),
          Map.entry("separator", SEPARATOR),
          Map.entry("table", TABLE),
          Map.entry("spacer", NOT_SHOWN),
          Map.entry("button", NOT_SHOWN));

  private final boolean input;

  ComponentKind(boolean input) {
    this.input = input;
  }

  /** Whether the component submits a variable. */
  public boolean isInput() {
    return input;
  }

  public static ComponentKind ofType(String type) {
    return type == null
        ? UNSUPPORTED
        : BY_TYPE.getOrDefault(type.toLowerCase(Locale.ROOT), UNSUPPORTED);
  }
}
