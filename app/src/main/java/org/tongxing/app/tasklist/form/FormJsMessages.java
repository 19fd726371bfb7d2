package org.tongxing.app.tasklist.form;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * form-js's validation messages in the page's language ({@code formjs.*} in the message bundles),
 * as the JSON the task-form bundle reads; {@code {0}} stands for the rule's number.
 */
@Component("formJsMessages")
public class FormJsMessages {

  private static final List<String> KEYS =
      List.of(
          "required",
          "minLength",
          "maxLength",
          "min",
          "max",
          "pattern",
          "number",
          "decimalDigits",
          "summaryTitle",
          "selectPlaceholder");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final MessageSource messages;

  public FormJsMessages(MessageSource messages) {
    this.messages = messages;
  }

  public String json(Locale locale) {
    Map<String, String> texts = new LinkedHashMap<>();
    for (String key : KEYS) {
      // {0} stays for the browser to fill in: the message has no arguments here
      texts.put(key, messages.getMessage("formjs." + key, null, locale));
    }
    try {
      return JSON.writeValueAsString(texts).replace("<", "\\u003c");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Expected the messages to be written as JSON", e);
    }
  }
}
