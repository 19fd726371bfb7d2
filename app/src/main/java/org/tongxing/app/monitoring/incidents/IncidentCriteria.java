package org.tongxing.app.monitoring.incidents;

import java.util.LinkedHashMap;
import java.util.Map;
import org.tongxing.app.monitoring.ListPosition;

/**
 * The incident list's filters as the page's form sends them (GET, so a list is a bookmark): the
 * process, the bureau system that failed, text in the error, and the page's position.
 */
public record IncidentCriteria(
    String process, String bureau, String error, String page, String after, String before) {

  public String processOrNull() {
    return trimmed(process);
  }

  public String bureauOrNull() {
    return trimmed(bureau);
  }

  public String errorOrNull() {
    return trimmed(error);
  }

  public ListPosition position() {
    return ListPosition.read(after, before, page);
  }

  /** The filters without the empty ones and without the page. */
  public Map<String, String> parameters() {
    Map<String, String> parameters = new LinkedHashMap<>();
    if (processOrNull() != null) {
      parameters.put("process", processOrNull());
    }
    if (bureauOrNull() != null) {
      parameters.put("bureau", bureauOrNull());
    }
    if (errorOrNull() != null) {
      parameters.put("error", errorOrNull());
    }
    return parameters;
  }

  /** Whether a failure's bureau and message are those asked for. */
  boolean matches(String failedBureau, String message) {
    return (bureauOrNull() == null || bureauOrNull().equals(failedBureau))
        && (errorOrNull() == null || (message != null && message.contains(errorOrNull())));
  }

  private static String trimmed(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }
}
