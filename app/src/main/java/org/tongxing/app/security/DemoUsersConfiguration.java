package org.tongxing.app.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Signs in the demo staff accounts of {@link DemoUsersProperties} unless they are disabled. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DemoUsersProperties.class)
public class DemoUsersConfiguration {

  private static final Logger LOG = LoggerFactory.getLogger(DemoUsersConfiguration.class);

  @Bean
  @ConditionalOnProperty(
      name = "tongxing.demo-users.enabled",
      havingValue = "true",
      matchIfMissing = true)
  public UserDetailsService demoUserDetailsService(
      DemoUsersProperties properties, PasswordEncoder passwordEncoder) {
    DemoUserDetailsService users =
        new DemoUserDetailsService(properties.effectiveUsers(), passwordEncoder);
    // loud on purpose: demo accounts with known passwords must never reach production unnoticed
    LOG.warn(
        "{} demo users can sign in; set tongxing.demo-users.enabled=false in production",
        users.size());
    return users;
  }
}
