package org.tongxing.app.tasklist;

import java.io.Serializable;

/**
 * A one-time message shown after a redirect, resolved in the page's language when shown.
 *
 * @param argument the one argument of the message (a task name, an assignee), may be empty
 */
public record FlashNotice(boolean success, String code, String argument) implements Serializable {

  public static final String ATTRIBUTE = "notice";

  public static FlashNotice success(String code, String argument) {
    return new FlashNotice(true, code, argument == null ? "" : argument);
  }

  public static FlashNotice problem(String code, String argument) {
    return new FlashNotice(false, code, argument == null ? "" : argument);
  }
}
