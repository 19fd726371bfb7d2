package org.tongxing.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.stereotype.Component;

/**
 * Every bean of the sandbox carries {@link ConditionalOnSandboxEnabled} itself: the app scans
 * {@code org.tongxing}, so one without it would serve a simulated system in production.
 */
class SandboxBeansTest {

  @Test
  void shouldRegisterEverySandboxBeanOnlyWhenTheSandboxIsEnabled() throws ClassNotFoundException {
    // given
    // the scanner skips beans whose conditions fail: with the sandbox on it finds them all
    ClassPathScanningCandidateComponentProvider scanner =
        new ClassPathScanningCandidateComponentProvider(
            false, new MockEnvironment().withProperty("tongxing.sandbox.enabled", "true"));
    scanner.addIncludeFilter(new AnnotationTypeFilter(Component.class));

    // when
    List<Class<?>> beans = new ArrayList<>();
    for (var bean : scanner.findCandidateComponents("org.tongxing.sandbox")) {
      Class<?> type = Class.forName(bean.getBeanClassName());
      if (!type.getName().contains("Test")) {
        beans.add(type);
      }
    }

    // then
    assertThat(beans)
        .hasSizeGreaterThan(20)
        .allSatisfy(
            bean ->
                assertThat(bean.isAnnotationPresent(ConditionalOnSandboxEnabled.class))
                    .as("%s carries @ConditionalOnSandboxEnabled", bean.getName())
                    .isTrue());
  }
}
