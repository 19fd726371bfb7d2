package org.tongxing.app.security.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.tongxing.app.security.Role;
import org.tongxing.app.security.TongxingUser;

/** The LDAP sign-in against a real directory (UnboundID's, in this JVM), wired as configured. */
class LdapSignInTest {

  private static final String BASE = "dc=tongxing,dc=test";
  private InMemoryDirectoryServer directory;

  @BeforeEach
  void startDirectory() throws Exception {
    InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE);
    config.setListenerConfigs(
        InMemoryListenerConfig.createLDAPConfig(
            "ldap", java.net.InetAddress.getLoopbackAddress(), 0, null));
    config.setSchema(null);
    directory = new InMemoryDirectoryServer(config);
    directory.add("dn: " + BASE, "objectClass: domain", "dc: tongxing");
    directory.add("dn: ou=people," + BASE, "objectClass: organizationalUnit", "ou: people");
    directory.add("dn: ou=groups," + BASE, "objectClass: organizationalUnit", "ou: groups");
    directory.add(
        "dn: uid=zhangmin,ou=people," + BASE,
        "objectClass: inetOrgPerson",
        "uid: zhangmin",
        "cn: Zhang Min",
        "sn: Zhang",
        "displayName: 张敏",
        "userPassword: 正确的密码");
    directory.add(
        "dn: cn=tongxing-dept-dpf,ou=groups," + BASE,
        "objectClass: groupOfNames",
        "cn: tongxing-dept-dpf",
        "member: uid=zhangmin,ou=people," + BASE);
    directory.add(
        "dn: cn=科长,ou=groups," + BASE,
        "objectClass: groupOfNames",
        "cn: 科长",
        "member: uid=zhangmin,ou=people," + BASE);
    directory.add(
        "dn: cn=printers,ou=groups," + BASE,
        "objectClass: groupOfNames",
        "cn: printers",
        "member: uid=zhangmin,ou=people," + BASE);
    directory.startListening();
  }

  @AfterEach
  void stopDirectory() {
    directory.shutDown(true);
  }

  @Test
  void shouldSignInWithTheDirectoryPasswordAndMapTheDirectoryGroups() {
    // given
    var provider = IdentityConfiguration.ldapProvider(properties());

    // when
    Authentication signedIn =
        provider.authenticate(
            UsernamePasswordAuthenticationToken.unauthenticated("zhangmin", "正确的密码"));

    // then
    assertThat(signedIn.getName()).isEqualTo("zhangmin");
    TongxingUser user = (TongxingUser) signedIn.getPrincipal();
    assertThat(user.getDisplayName()).isEqualTo("张敏");
    assertThat(user.getGroups()).containsExactly("dpf");
    assertThat(user.getRoles()).containsExactly(Role.SUPERVISOR);
    assertThat(signedIn.getAuthorities())
        .extracting(GrantedAuthority::getAuthority)
        .containsExactlyInAnyOrder("GROUP_dpf", "ROLE_SUPERVISOR");
  }

  @Test
  void shouldRefuseAWrongPassword() {
    // given
    var provider = IdentityConfiguration.ldapProvider(properties());

    // when / then
    assertThatThrownBy(
            () ->
                provider.authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated("zhangmin", "猜的")))
        .isInstanceOf(BadCredentialsException.class);
  }

  @Test
  void shouldNameTheMissingUrlWhenLdapIsOnWithoutOne() {
    // given
    IdentityProperties withoutUrl =
        new IdentityProperties(
            "preferred_username",
            "name",
            "groups",
            Map.of(),
            "tongxing-dept-",
            Map.of(),
            "tongxing-role-",
            new IdentityProperties.Ldap(
                true,
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

    // when / then
    assertThatThrownBy(() -> IdentityConfiguration.ldapProvider(withoutUrl))
        .hasMessageContaining("tongxing.identity.ldap.url");
  }

  private IdentityProperties properties() {
    return new IdentityProperties(
        "preferred_username",
        "name",
        "groups",
        Map.of(),
        "tongxing-dept-",
        Map.of("科长", "supervisor"),
        "tongxing-role-",
        new IdentityProperties.Ldap(
            true,
            "ldap://127.0.0.1:" + directory.getListenPort() + "/" + BASE,
            List.of("uid={0},ou=people"),
            "",
            "(uid={0})",
            "ou=groups",
            "(member={0})",
            "cn",
            "displayName",
            null,
            null));
  }
}
