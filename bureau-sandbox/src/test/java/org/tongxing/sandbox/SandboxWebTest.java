package org.tongxing.sandbox;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.tongxing.sandbox.dpf.DisabilityCertificateRepository;
import org.tongxing.sandbox.faults.FaultInjector;
import org.tongxing.sandbox.finance.BankAccountRepository;
import org.tongxing.sandbox.finance.FinanceSandboxConfiguration;
import org.tongxing.sandbox.finance.PaymentLedger;
import org.tongxing.sandbox.notification.NoticeOutbox;
import org.tongxing.sandbox.justice.LegalAidApplications;

/** A web slice with the whole sandbox enabled, shared by the controller tests (one context). */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WebMvcTest(properties = "tongxing.sandbox.enabled=true")
@Import({
  SandboxConfiguration.class,
  DisabilityCertificateRepository.class,
  FaultInjector.class,
  FinanceSandboxConfiguration.class,
  BankAccountRepository.class,
  PaymentLedger.class,
  NoticeOutbox.class,
  LegalAidApplications.class
})
public @interface SandboxWebTest {}
