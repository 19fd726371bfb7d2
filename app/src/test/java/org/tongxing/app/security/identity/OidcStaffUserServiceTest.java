package org.tongxing.app.security.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.tongxing.app.security.StaffNames;

class OidcStaffUserServiceTest {

  private final OidcStaffUserService service =
      new OidcStaffUserService(
          request -> null,
          AuthorityMapperTest.properties(Map.of(), Map.of("tongxing-supervisors", "supervisor")));

  @Test
  void shouldNameTheUserByTheConfiguredClaimAndMapTheirGroups() {
    // given a provider's user with groups in the groups claim
    OidcUser provided =
        user(
            Map.of(
                "sub",
                "8f2c",
                "preferred_username",
                "dpf-zhang",
                "name",
                "张敏",
                "groups",
                List.of("tongxing-dept-dpf", "tongxing-supervisors", "wifi")));

    // when
    OidcStaffUser staff = service.toStaff(provided);

    // then
    assertThat(staff.getName()).isEqualTo("dpf-zhang");
    assertThat(staff.getDisplayName()).isEqualTo("张敏");
    assertThat(staff.getAuthorities())
        .extracting(GrantedAuthority::getAuthority)
        .containsExactlyInAnyOrder("GROUP_dpf", "ROLE_SUPERVISOR");
    assertThat(StaffNames.displayNameOf(new TestingAuthenticationToken(staff, null)))
        .isEqualTo("张敏");
  }

  @Test
  void shouldRefuseAUserWithoutTheUserNameClaimNamingIt() {
    // given
    OidcUser provided = user(Map.of("sub", "8f2c", "groups", "tongxing-dept-dpf"));

    // when / then
    assertThatThrownBy(() -> service.toStaff(provided))
        .isInstanceOf(OAuth2AuthenticationException.class)
        .hasMessageContaining("preferred_username");
  }

  private static OidcUser user(Map<String, Object> claims) {
    OidcIdToken token =
        new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(60), claims);
    return new DefaultOidcUser(List.of(), token);
  }
}
