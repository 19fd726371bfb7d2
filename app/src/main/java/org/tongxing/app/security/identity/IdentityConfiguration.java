package org.tongxing.app.security.identity;

import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.ldap.DefaultSpringSecurityContextSource;
import org.springframework.security.ldap.authentication.BindAuthenticator;
import org.springframework.security.ldap.authentication.LdapAuthenticationProvider;
import org.springframework.security.ldap.search.FilterBasedLdapUserSearch;
import org.springframework.security.ldap.userdetails.DefaultLdapAuthoritiesPopulator;

/**
 * Binds {@link IdentityProperties}; signs staff in with their directory password when {@code
 * tongxing.identity.ldap.enabled} is true. OpenID Connect needs no bean here: Spring Boot creates
 * the client registrations from {@code spring.security.oauth2.client.registration.*}, and {@link
 * org.tongxing.app.security.SecurityConfiguration} signs in with them when there are any.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IdentityProperties.class)
public class IdentityConfiguration {

  @Bean
  @ConditionalOnProperty(name = "tongxing.identity.ldap.enabled", havingValue = "true")
  public LdapAuthenticationProvider ldapAuthenticationProvider(IdentityProperties properties) {
    return ldapProvider(properties);
  }

  /** The LDAP sign-in of the settings; public for tests that point it at their own directory. */
  public static LdapAuthenticationProvider ldapProvider(IdentityProperties properties) {
    IdentityProperties.Ldap ldap = properties.ldap();
    if (ldap.url() == null || ldap.url().isBlank()) {
      throw new IllegalStateException(
          "Expected tongxing.identity.ldap.url (e.g. ldaps://ldap.example.gov.cn/dc=example,dc=cn)"
              + " with tongxing.identity.ldap.enabled=true, but it is not set");
    }
    DefaultSpringSecurityContextSource source = new DefaultSpringSecurityContextSource(ldap.url());
    if (ldap.managerDn() != null && !ldap.managerDn().isBlank()) {
      source.setUserDn(ldap.managerDn());
      source.setPassword(ldap.managerPassword() == null ? "" : ldap.managerPassword());
    }
    source.afterPropertiesSet();
    BindAuthenticator authenticator = new BindAuthenticator(source);
    List<String> patterns = ldap.userDnPatterns();
    if (!patterns.isEmpty()) {
      authenticator.setUserDnPatterns(patterns.toArray(String[]::new));
    }
    if (patterns.isEmpty() || !ldap.userSearchBase().isBlank()) {
      authenticator.setUserSearch(
          new FilterBasedLdapUserSearch(ldap.userSearchBase(), ldap.userSearchFilter(), source));
    }
    DefaultLdapAuthoritiesPopulator groups =
        new DefaultLdapAuthoritiesPopulator(source, ldap.groupSearchBase());
    groups.setGroupSearchFilter(ldap.groupSearchFilter());
    groups.setGroupRoleAttribute(ldap.groupNameAttribute());
    // the group names as the directory writes them: the mapping decides what they mean
    groups.setRolePrefix("");
    groups.setConvertToUpperCase(false);
    LdapAuthenticationProvider provider = new LdapAuthenticationProvider(authenticator, groups);
    provider.setUserDetailsContextMapper(
        new LdapStaffMapper(new AuthorityMapper(properties), ldap.displayNameAttribute()));
    return provider;
  }
}
