package org.tongxing.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

class DemoUsersConfigurationTest {

  private final ApplicationContextRunner context =
      new ApplicationContextRunner()
          .withUserConfiguration(DemoUsersConfiguration.class)
          .withBean(
              PasswordEncoder.class, PasswordEncoderFactories::createDelegatingPasswordEncoder);

  @Test
  void shouldBindConfiguredUsersInsteadOfTheBuiltInOnes() {
    context
        .withPropertyValues(
            "tongxing.demo-users.users[0].username=county-ouhai-qian",
            "tongxing.demo-users.users[0].display-name=钱多",
            "tongxing.demo-users.users[0].password=demo",
            "tongxing.demo-users.users[0].groups=county-ouhai,dpf")
        .run(
            started -> {
              UserDetailsService users = started.getBean(UserDetailsService.class);
              TongxingUser qian = (TongxingUser) users.loadUserByUsername("county-ouhai-qian");
              assertThat(qian.getDisplayName()).isEqualTo("钱多");
              assertThat(qian.getGroups()).containsExactly("county-ouhai", "dpf");
              assertThat(((DemoUserDetailsService) users).size()).isEqualTo(1);
            });
  }

  @Test
  void shouldOfferNoDemoUsersWhenDisabled() {
    context
        .withPropertyValues("tongxing.demo-users.enabled=false")
        .run(started -> assertThat(started).doesNotHaveBean(UserDetailsService.class));
  }
}
