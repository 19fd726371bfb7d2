package org.tongxing.app.modeler.web;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.tongxing.app.security.Role;

/**
 * Who may do what in the modeler. Every signed-in member of staff may look; only a policy owner
 * changes drafts and deploys. The security filter refuses every POST under /modeler of anyone else;
 * the controllers and the deployment check again, so a new endpoint cannot forget it.
 */
public final class ModelerAccess {

  private ModelerAccess() {}

  public static boolean canEdit(Authentication user) {
    return Role.rolesOf(user).contains(Role.POLICY_OWNER);
  }

  public static void requireEditor(Authentication user, String action) {
    if (!canEdit(user)) {
      throw new AccessDeniedException(
          "Expected the role "
              + Role.POLICY_OWNER
              + " to "
              + action
              + ", but "
              + (user == null ? "nobody" : user.getName())
              + " has "
              + Role.rolesOf(user));
    }
  }
}
