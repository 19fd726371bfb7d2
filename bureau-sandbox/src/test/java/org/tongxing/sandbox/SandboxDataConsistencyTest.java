package org.tongxing.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.tongxing.sandbox.civilaffairs.LowIncomeHousehold;
import org.tongxing.sandbox.civilaffairs.LowIncomeHouseholdRepository;
import org.tongxing.sandbox.civilaffairs.SocialOrganisation;
import org.tongxing.sandbox.civilaffairs.SocialOrganisationRepository;
import org.tongxing.sandbox.dpf.DisabilityCertificate;
import org.tongxing.sandbox.dpf.DisabilityCertificateRepository;
import org.tongxing.sandbox.education.Enrolment;
import org.tongxing.sandbox.education.EnrolmentRepository;
import org.tongxing.sandbox.education.ExamCertificate;
import org.tongxing.sandbox.education.ExamCertificateRepository;
import org.tongxing.sandbox.establishment.PublicBody;
import org.tongxing.sandbox.establishment.PublicBodyRepository;
import org.tongxing.sandbox.hrss.CountyWageTier;
import org.tongxing.sandbox.hrss.MinimumWageRepository;
import org.tongxing.sandbox.hrss.SocialInsuranceRecord;
import org.tongxing.sandbox.hrss.SocialInsuranceRepository;
import org.tongxing.sandbox.market.BusinessRegistration;
import org.tongxing.sandbox.market.BusinessRegistrationRepository;
import org.tongxing.sandbox.publicsecurity.HouseholdRegistration;
import org.tongxing.sandbox.publicsecurity.HouseholdRegistrationRepository;

/**
 * The synthetic data of the simulated systems agree with each other, as one city's bureaus would:
 * the same people, the same employers, checksummed identifiers. Demos that cross bureaus depend on
 * it.
 */
class SandboxDataConsistencyTest {

  private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

  private final List<HouseholdRegistration> households =
      new HouseholdRegistrationRepository(JSON).findAll();
  private final List<DisabilityCertificate> certificates =
      new DisabilityCertificateRepository(JSON).findAll();
  private final List<SocialInsuranceRecord> insurance =
      new SocialInsuranceRepository(JSON).findAll();
  private final List<BusinessRegistration> businesses =
      new BusinessRegistrationRepository(JSON).findAll();
  private final List<PublicBody> publicBodies = new PublicBodyRepository(JSON).findAll();
  private final List<SocialOrganisation> organisations =
      new SocialOrganisationRepository(JSON).findAll();
  private final List<LowIncomeHousehold> lowIncome =
      new LowIncomeHouseholdRepository(JSON).findAll();
  private final List<Enrolment> enrolments = new EnrolmentRepository(JSON).findAll();
  private final List<ExamCertificate> examCertificates =
      new ExamCertificateRepository(JSON).findAll();

  @Test
  void shouldGiveEveryPersonOnFileAHouseholdRegistration() {
    // given
    Set<String> registered = new HashSet<>();
    households.forEach(household -> registered.add(household.idNumber()));

    // when
    Stream<String> people =
        Stream.of(
                certificates.stream().map(DisabilityCertificate::idNumber),
                insurance.stream().map(SocialInsuranceRecord::idNumber),
                lowIncome.stream()
                    .flatMap(household -> household.members().stream())
                    .map(LowIncomeHousehold.Member::idNumber),
                enrolments.stream().map(Enrolment::idNumber),
                examCertificates.stream().map(ExamCertificate::holderIdNumber))
            .flatMap(ids -> ids);

    // then
    assertThat(people.distinct().toList())
        .allSatisfy(idNumber -> assertThat(registered).as("registered").contains(idNumber));
    assertThat(households)
        .extracting(HouseholdRegistration::idNumber)
        .allMatch(Checksums::isValidIdNumber);
  }

  @Test
  void shouldRegisterEveryEmployerThatPaysContributionsWithTheRightAuthority() {
    // given the registration authority code that opens a credit code (GB 32100)
    Set<String> registeredCodes = new HashSet<>();
    businesses.forEach(b -> registeredCodes.add(b.creditCode()));
    publicBodies.forEach(b -> registeredCodes.add(b.creditCode()));
    organisations.forEach(o -> registeredCodes.add(o.creditCode()));

    // when
    List<String> employers =
        insurance.stream()
            .flatMap(record -> record.employments().stream())
            .map(SocialInsuranceRecord.Employment::employerCreditCode)
            .distinct()
            .toList();

    // then
    assertThat(registeredCodes).containsAll(employers).allMatch(Checksums::isValidCreditCode);
    assertThat(businesses)
        .extracting(BusinessRegistration::creditCode)
        .allMatch(c -> c.startsWith("9"));
    assertThat(publicBodies).extracting(PublicBody::creditCode).allMatch(c -> c.startsWith("1"));
    assertThat(organisations)
        .extracting(SocialOrganisation::creditCode)
        .allMatch(c -> c.startsWith("5"));
  }

  @Test
  void shouldKnowTheMinimumWageOfEachOfWenzhousTwelveCounties() {
    // when
    List<String> counties =
        new MinimumWageRepository(JSON)
            .counties().stream().map(CountyWageTier::regionCode).toList();

    // then
    assertThat(counties)
        .containsExactlyInAnyOrder(
            "330302", "330303", "330304", "330305", "330381", "330382", "330383", "330324",
            "330326", "330327", "330328", "330329");
  }

  @Test
  void shouldMatchExamCertificatesAndEnrolmentsToTheirHoldersNames() {
    // given
    java.util.Map<String, String> names = new java.util.HashMap<>();
    households.forEach(household -> names.put(household.idNumber(), household.name()));

    // then
    assertThat(examCertificates)
        .allSatisfy(c -> assertThat(c.holderName()).isEqualTo(names.get(c.holderIdNumber())));
    assertThat(enrolments).allSatisfy(e -> assertThat(e.name()).isEqualTo(names.get(e.idNumber())));
  }
}
