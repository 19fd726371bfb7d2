package org.tongxing.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.tongxing.app.security.DemoUsersProperties.DemoUser;

class DemoUserDetailsServiceTest {

  private final PasswordEncoder encoder =
      PasswordEncoderFactories.createDelegatingPasswordEncoder();

  @Test
  void shouldOfferTheBuiltInUsersWhenNoneAreConfigured() {
    // given
    DemoUsersProperties properties = new DemoUsersProperties(true, List.of());

    // when
    DemoUserDetailsService users = new DemoUserDetailsService(properties.effectiveUsers(), encoder);

    // then
    assertThat(properties.effectiveUsers())
        .flatExtracting(DemoUser::groups)
        .contains(
            "dpf",
            "hrss",
            "civil-affairs",
            "finance",
            "health",
            "education",
            "market-regulation",
            "tax",
            "petitions",
            "justice",
            "county-lucheng");
    assertThat(properties.effectiveUsers())
        .filteredOn(user -> user.groups().contains("dpf"))
        .hasSizeGreaterThanOrEqualTo(2);
    TongxingUser zhang = (TongxingUser) users.loadUserByUsername("dpf-zhang");
    assertThat(zhang.getDisplayName()).isEqualTo("张敏");
    assertThat(zhang.getAuthorities())
        .extracting(GrantedAuthority::getAuthority)
        .containsExactly("GROUP_dpf");
  }

  @Test
  void shouldHashPasswordsAtStartUp() {
    // when
    DemoUserDetailsService users =
        new DemoUserDetailsService(
            List.of(new DemoUser("li", "李强", "demo", List.of("dpf"))), encoder);

    // then
    String stored = users.loadUserByUsername("li").getPassword();
    assertThat(stored).startsWith("{bcrypt}").doesNotContain("demo");
    assertThat(encoder.matches("demo", stored)).isTrue();
  }

  @Test
  void shouldAcceptAPasswordThatIsAlreadyHashed() {
    // given
    String hash = encoder.encode("s3cret");

    // when
    DemoUserDetailsService users =
        new DemoUserDetailsService(
            List.of(new DemoUser("li", "李强", hash, List.of("dpf"))), encoder);

    // then
    assertThat(users.loadUserByUsername("li").getPassword()).isEqualTo(hash);
  }

  @Test
  void shouldRefuseAPlainTextNoopPassword() {
    // when / then
    assertThatThrownBy(
            () ->
                new DemoUserDetailsService(
                    List.of(new DemoUser("li", "李强", "{noop}demo", List.of("dpf"))), encoder))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("'li'")
        .hasMessageContaining("{noop}");
  }

  @Test
  void shouldRefuseAUserWithoutGroupOrATwiceUsedName() {
    // when / then
    assertThatThrownBy(
            () ->
                new DemoUserDetailsService(
                    List.of(new DemoUser("li", "李强", "demo", List.of())), encoder))
        .hasMessageContaining("Expected demo user 'li' to belong to at least one group");
    assertThatThrownBy(
            () ->
                new DemoUserDetailsService(
                    List.of(
                        new DemoUser("li", "李强", "demo", List.of("dpf")),
                        new DemoUser("LI", "李四", "demo", List.of("tax"))),
                    encoder))
        .hasMessageContaining("'LI' appears twice");
  }

  @Test
  void shouldFindUsersWhateverTheCaseAndKeepTheStoredHashAfterSignIn() {
    // given
    DemoUserDetailsService users =
        new DemoUserDetailsService(
            List.of(new DemoUser("dpf-li", "李强", "demo", List.of("dpf"))), encoder);

    // when Spring Security erases the credentials of the user it authenticated
    UserDetails first = users.loadUserByUsername("DPF-Li");
    ((TongxingUser) first).eraseCredentials();

    // then the next sign-in still finds the hash
    assertThat(users.loadUserByUsername("dpf-li").getPassword()).startsWith("{bcrypt}");
    assertThatThrownBy(() -> users.loadUserByUsername("nobody"))
        .isInstanceOf(UsernameNotFoundException.class);
  }

  @Test
  void shouldGrantTheRolesOfSupervisorsAndPolicyOwners() {
    // given
    DemoUserDetailsService users = new DemoUserDetailsService(BuiltInDemoUsers.ALL, encoder);

    // when
    TongxingUser director = (TongxingUser) users.loadUserByUsername("dpf-director");
    TongxingUser policyOwner = (TongxingUser) users.loadUserByUsername("dpf-policy");

    // then
    assertThat(director.getAuthorities())
        .extracting(GrantedAuthority::getAuthority)
        .containsExactlyInAnyOrder(
            "GROUP_dpf", "ROLE_SUPERVISOR", "ROLE_LEAD_OFFICE", "ROLE_IDENTITY_VIEWER");
    assertThat(director.getRoles())
        .containsExactlyInAnyOrder(Role.SUPERVISOR, Role.LEAD_OFFICE, Role.IDENTITY_VIEWER);
    assertThat(policyOwner.getRoles()).containsExactly(Role.POLICY_OWNER);
    assertThat(((TongxingUser) users.loadUserByUsername("dpf-zhang")).getRoles()).isEmpty();
  }

  @Test
  void shouldRefuseAnUnknownRoleNamingTheUserAndTheKnownRoles() {
    assertThatThrownBy(
            () ->
                new DemoUserDetailsService(
                    List.of(new DemoUser("li", "李强", "demo", List.of("dpf"), List.of("boss"))),
                    encoder))
        .hasMessageContaining("Expected a role of [SUPERVISOR, LEAD_OFFICE, POLICY_OWNER,")
        .hasMessageContaining("for demo user 'li', but got 'boss'");
  }
}
