package org.tongxing.app.staff;

import java.util.List;

/** A member of staff as the directory knows them: who, what to call them, their departments. */
public record StaffMember(String username, String displayName, List<String> groups) {

  public StaffMember {
    groups = List.copyOf(groups);
  }

  public String label() {
    return displayName == null || displayName.isBlank() ? username : displayName;
  }
}
