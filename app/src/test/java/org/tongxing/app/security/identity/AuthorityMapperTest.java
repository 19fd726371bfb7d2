package org.tongxing.app.security.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.tongxing.app.security.Role;

class AuthorityMapperTest {

  static IdentityProperties properties(Map<String, String> departments, Map<String, String> roles) {
    return new IdentityProperties(
        "preferred_username",
        "name",
        "groups",
        departments,
        "tongxing-dept-",
        roles,
        "tongxing-role-",
        new IdentityProperties.Ldap(
            false,
            null,
            List.of(),
            "",
            "(uid={0})",
            "ou=groups",
            "(member={0})",
            "cn",
            "displayName",
            null,
            null));
  }

  @Test
  void shouldMapGroupsByNameAndByPrefixAndIgnoreTheRest() {
    // given
    AuthorityMapper mapper =
        new AuthorityMapper(properties(Map.of("/政务/市人社局", "hrss"), Map.of("/政务/科长", "supervisor")));

    // when
    AuthorityMapper.Mapped mapped =
        mapper.map(
            List.of(
                "tongxing-dept-dpf",
                "/政务/市人社局",
                "/政务/科长",
                "tongxing-role-identity_viewer",
                "vpn-users",
                "tongxing-dept-"));

    // then
    assertThat(mapped.departments()).containsExactly("dpf", "hrss");
    assertThat(mapped.roles()).containsExactlyInAnyOrder(Role.SUPERVISOR, Role.IDENTITY_VIEWER);
    assertThat(mapped.authorities())
        .extracting(GrantedAuthority::getAuthority)
        .containsExactlyInAnyOrder(
            "GROUP_dpf", "GROUP_hrss", "ROLE_SUPERVISOR", "ROLE_IDENTITY_VIEWER");
  }

  @Test
  void shouldRefuseAGroupThatNamesAnUnknownRole() {
    // given
    AuthorityMapper mapper = new AuthorityMapper(properties(Map.of(), Map.of()));

    // when / then
    assertThatThrownBy(() -> mapper.map(List.of("tongxing-role-boss")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("provider group 'tongxing-role-boss'")
        .hasMessageContaining("SUPERVISOR");
  }
}
