package org.tongxing.workers.households;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.tongxing.workers.bureau.publicsecurity.HouseholdRegistration;
import org.tongxing.workers.identifiers.ResidentIdNumber;

/**
 * Decides whether each person has a household registration that counts. Policy item 1.7 widens the
 * household registrations that count for disabled employees from this city to the whole country, so
 * any active registration in China counts; education grants (item 7.6) then test the region
 * themselves.
 *
 * <p>Business outcomes are data: a missing, unknown or cancelled registration yields a check with a
 * reason in Chinese, never an exception. Only the look-up may throw.
 */
final class HouseholdCheckRules {

  static final String REASON_MISSING_ID = "未填写身份证号";
  static final String REASON_INVALID_ID = "身份证号校验不通过";
  static final String REASON_NOT_FOUND = "查无户籍";
  static final String REASON_NAME_MISMATCH = "户籍姓名与申报姓名不符";
  static final String REASON_CANCELLED = "户籍已注销";

  private HouseholdCheckRules() {}

  /**
   * @param lookUp finds a registration by ID number; its exceptions propagate
   */
  static List<HouseholdCheck> checkAll(
      List<Person> persons, Function<String, Optional<HouseholdRegistration>> lookUp) {
    return persons.stream().map(person -> check(person, lookUp)).toList();
  }

  private static HouseholdCheck check(
      Person person, Function<String, Optional<HouseholdRegistration>> lookUp) {
    String idNumber = ResidentIdNumber.normalise(person.idNumber());
    if (idNumber == null) {
      return refused(person, null, REASON_MISSING_ID);
    }
    if (!ResidentIdNumber.isValid(idNumber)) {
      return refused(person, null, REASON_INVALID_ID);
    }
    Optional<HouseholdRegistration> found = lookUp.apply(idNumber);
    if (found.isEmpty()) {
      return refused(person, null, REASON_NOT_FOUND);
    }
    HouseholdRegistration registration = found.get();
    String name = person.name() == null ? "" : person.name().strip();
    if (!name.isEmpty() && !name.equals(registration.name())) {
      return refused(person, null, REASON_NAME_MISMATCH);
    }
    if (!HouseholdRegistration.ACTIVE.equals(registration.status())) {
      String why = registration.cancellationReason();
      return refused(
          person,
          registration,
          why == null ? REASON_CANCELLED : REASON_CANCELLED + "（" + why + "）");
    }
    return new HouseholdCheck(
        idNumber, person.name(), true, registration.regionCode(), registration.regionName(), null);
  }

  private static HouseholdCheck refused(
      Person person, HouseholdRegistration registration, String reason) {
    return new HouseholdCheck(
        person.idNumber(),
        person.name(),
        false,
        registration == null ? null : registration.regionCode(),
        registration == null ? null : registration.regionName(),
        reason);
  }
}
