package org.tongxing.app.tasklist;

import java.util.Set;
import org.springframework.security.core.Authentication;
import org.tongxing.app.security.GroupAuthorities;

/** The signed-in user as the tasklist needs them: an assignee name and candidate groups. */
public record TasklistUser(String username, Set<String> groups) {

  public TasklistUser {
    groups = Set.copyOf(groups);
  }

  public static TasklistUser of(Authentication authentication) {
    return new TasklistUser(authentication.getName(), GroupAuthorities.groupsOf(authentication));
  }
}
