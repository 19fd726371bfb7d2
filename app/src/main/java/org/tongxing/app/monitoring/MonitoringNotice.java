package org.tongxing.app.monitoring;

import java.io.Serializable;

/**
 * The one-time message after a redirect (shown by {@code tasks/notice :: notice}): a status for
 * success, an alert for a problem.
 */
public record MonitoringNotice(boolean success, String code, String argument)
    implements Serializable {

  public static final String ATTRIBUTE = "notice";

  public static MonitoringNotice success(String code, Object argument) {
    return new MonitoringNotice(true, code, argument == null ? "" : String.valueOf(argument));
  }

  public static MonitoringNotice problem(String code, Object argument) {
    return new MonitoringNotice(false, code, argument == null ? "" : String.valueOf(argument));
  }
}
