package org.tongxing.app.security.identity;

import java.util.Collection;
import java.util.List;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Loads an OIDC user as the provider returns them, then maps their groups claim to departments and
 * roles ({@link AuthorityMapper}). A user without the user-name claim is refused with the claim
 * named: the tasklist needs a stable name to assign tasks to.
 */
public class OidcStaffUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

  private final OAuth2UserService<OidcUserRequest, OidcUser> provider;
  private final IdentityProperties properties;
  private final AuthorityMapper mapper;

  public OidcStaffUserService(IdentityProperties properties) {
    this(new OidcUserService(), properties);
  }

  OidcStaffUserService(
      OAuth2UserService<OidcUserRequest, OidcUser> provider, IdentityProperties properties) {
    this.provider = provider;
    this.properties = properties;
    this.mapper = new AuthorityMapper(properties);
  }

  @Override
  public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
    OidcUser user = provider.loadUser(request);
    return toStaff(user);
  }

  /** The staff user of an OIDC user, with the configured claims read. */
  OidcStaffUser toStaff(OidcUser user) {
    Object username = user.getClaims().get(properties.usernameClaim());
    if (!(username instanceof String name) || name.isBlank()) {
      throw new OAuth2AuthenticationException(
          new OAuth2Error(
              "invalid_user",
              "Expected the claim '"
                  + properties.usernameClaim()
                  + "' with the user name, but the"
                  + " provider sent "
                  + user.getClaims().keySet(),
              null));
    }
    Object displayName = user.getClaims().get(properties.displayNameClaim());
    return new OidcStaffUser(
        mapper.map(groups(user.getClaims().get(properties.groupsClaim()))).authorities(),
        user.getIdToken(),
        user.getUserInfo(),
        properties.usernameClaim(),
        displayName instanceof String text && !text.isBlank() ? text : name);
  }

  private static List<String> groups(Object claim) {
    if (claim instanceof Collection<?> values) {
      return values.stream().map(String::valueOf).toList();
    }
    if (claim instanceof String text) {
      return List.of(text.split("[,\\s]+"));
    }
    return List.of();
  }
}
