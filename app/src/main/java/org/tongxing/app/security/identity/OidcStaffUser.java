package org.tongxing.app.security.identity;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.tongxing.app.security.StaffPrincipal;

/**
 * A member of staff signed in by OpenID Connect: named by the configured claim (the engine's
 * assignee), with the departments and roles their groups map to.
 */
public class OidcStaffUser extends DefaultOidcUser implements StaffPrincipal {

  private final String displayName;

  public OidcStaffUser(
      Collection<? extends GrantedAuthority> authorities,
      OidcIdToken idToken,
      OidcUserInfo userInfo,
      String usernameClaim,
      String displayName) {
    super(authorities, idToken, userInfo, usernameClaim);
    this.displayName = displayName;
  }

  @Override
  public String getDisplayName() {
    return displayName;
  }
}
