package org.tongxing.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.tongxing.sandbox.dpf.DisabilityCertificateController;
import org.tongxing.sandbox.dpf.DisabilityCertificateRepository;
import org.tongxing.sandbox.faults.FaultAdminController;
import org.tongxing.sandbox.faults.FaultInjector;
import org.tongxing.sandbox.finance.BankAccountRepository;
import org.tongxing.sandbox.finance.FinanceSandboxConfiguration;
import org.tongxing.sandbox.finance.PaymentController;
import org.tongxing.sandbox.finance.PaymentLedger;
import org.tongxing.sandbox.notification.NoticeController;
import org.tongxing.sandbox.notification.NoticeOutbox;

class SandboxConditionTest {

  private final WebApplicationContextRunner contextRunner =
      new WebApplicationContextRunner()
          .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class))
          .withUserConfiguration(
              SandboxConfiguration.class,
              SandboxProblemHandler.class,
              DisabilityCertificateRepository.class,
              DisabilityCertificateController.class,
              FaultInjector.class,
              FaultAdminController.class,
              FinanceSandboxConfiguration.class,
              BankAccountRepository.class,
              PaymentLedger.class,
              PaymentController.class,
              NoticeOutbox.class,
              NoticeController.class);

  @Test
  void shouldRegisterNoSandboxBeanByDefault() {
    // given no tongxing.sandbox.enabled property
    // when
    contextRunner.run(
        context -> {
          // then
          assertThat(context).hasNotFailed();
          assertThat(context).doesNotHaveBean(DisabilityCertificateController.class);
          assertThat(context).doesNotHaveBean(FaultAdminController.class);
          assertThat(context).doesNotHaveBean(SandboxProblemHandler.class);
          assertThat(context).doesNotHaveBean(FaultInjector.class);
          assertThat(context).doesNotHaveBean(PaymentController.class);
          assertThat(context).doesNotHaveBean(PaymentLedger.class);
          assertThat(context).doesNotHaveBean(NoticeController.class);
          assertThat(context).doesNotHaveBean(NoticeOutbox.class);
        });
  }

  @Test
  void shouldRegisterSandboxBeansWhenEnabled() {
    // given
    contextRunner
        .withPropertyValues("tongxing.sandbox.enabled=true", "tongxing.sandbox.latency-ms=25")
        // when
        .run(
            context -> {
              // then
              assertThat(context).hasSingleBean(DisabilityCertificateController.class);
              assertThat(context).hasSingleBean(FaultAdminController.class);
              assertThat(context).hasSingleBean(PaymentController.class);
              assertThat(context).hasSingleBean(NoticeController.class);
              assertThat(context.getBean(FaultInjector.class).currentSettings())
                  .containsKeys("dpf-certificates", "finance-payments", "notifications")
                  .allSatisfy((system, settings) -> assertThat(settings.latencyMs()).isEqualTo(25));
            });
  }

  @Test
  void shouldRefuseAFailureRateAboveOne() {
    // given
    contextRunner
        .withPropertyValues("tongxing.sandbox.enabled=true", "tongxing.sandbox.failure-rate=1.5")
        // when
        .run(
            context -> {
              // then
              assertThat(context)
                  .getFailure()
                  .rootCause()
                  .hasMessage(
                      "Expected tongxing.sandbox.failure-rate between 0 and 1, but was 1.5");
            });
  }
}
