package org.tongxing.sandbox;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.tongxing.sandbox.benefits.BenefitRegister;
import org.tongxing.sandbox.civilaffairs.LowIncomeHouseholdRepository;
import org.tongxing.sandbox.civilaffairs.SocialOrganisationRepository;
import org.tongxing.sandbox.dpf.DisabilityCertificateRepository;
import org.tongxing.sandbox.dpf.institutions.DesignatedInstitutionRegistry;
import org.tongxing.sandbox.dpf.training.TrainingRecordRepository;
import org.tongxing.sandbox.education.EducationRecords;
import org.tongxing.sandbox.education.EnrolmentRepository;
import org.tongxing.sandbox.education.ExamCertificateRepository;
import org.tongxing.sandbox.establishment.PublicBodyRepository;
import org.tongxing.sandbox.faults.FaultInjector;
import org.tongxing.sandbox.finance.BankAccountRepository;
import org.tongxing.sandbox.finance.FinanceSandboxConfiguration;
import org.tongxing.sandbox.finance.PaymentLedger;
import org.tongxing.sandbox.health.HealthRecords;
import org.tongxing.sandbox.hrss.MinimumWageRepository;
import org.tongxing.sandbox.hrss.SocialInsuranceRepository;
import org.tongxing.sandbox.insurance.InsurancePolicyRepository;
import org.tongxing.sandbox.justice.LegalAidApplications;
import org.tongxing.sandbox.market.BusinessRegistrationRepository;
import org.tongxing.sandbox.notification.NoticeOutbox;
import org.tongxing.sandbox.publicsecurity.HouseholdRegistrationRepository;

/** A web slice with the whole sandbox enabled, shared by the controller tests (one context). */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WebMvcTest(properties = "tongxing.sandbox.enabled=true")
@Import({
  SandboxConfiguration.class,
  DisabilityCertificateRepository.class,
  FaultInjector.class,
  DesignatedInstitutionRegistry.class,
  TrainingRecordRepository.class,
  EducationRecords.class,
  HealthRecords.class,
  InsurancePolicyRepository.class,
  HouseholdRegistrationRepository.class,
  MinimumWageRepository.class,
  SocialInsuranceRepository.class,
  BusinessRegistrationRepository.class,
  PublicBodyRepository.class,
  LowIncomeHouseholdRepository.class,
  SocialOrganisationRepository.class,
  EnrolmentRepository.class,
  ExamCertificateRepository.class,
  BenefitRegister.class,
  FinanceSandboxConfiguration.class,
  BankAccountRepository.class,
  PaymentLedger.class,
  NoticeOutbox.class,
  LegalAidApplications.class
})
public @interface SandboxWebTest {}
