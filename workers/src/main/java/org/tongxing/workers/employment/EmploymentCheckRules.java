package org.tongxing.workers.employment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.tongxing.workers.bureau.hrss.SocialInsuranceStatement;
import org.tongxing.workers.employment.EmploymentCheck.MonthPaid;
import org.tongxing.workers.households.Person;
import org.tongxing.workers.identifiers.ResidentIdNumber;
import org.tongxing.workers.identifiers.UnifiedSocialCreditCode;

/**
 * Picks, from each employee's HRSS statement, the months in which the applying employer paid
 * contributions and the wages it paid: the employment that policy item 1.4 subsidises is with this
 * employer, whoever else employed the person that year.
 */
final class EmploymentCheckRules {

  static final String REASON_INVALID_ID = "身份证号校验不通过";
  static final String REASON_NO_MONTHS = "上年度无本单位社会保险缴费记录";

  private EmploymentCheckRules() {}

  /**
   * @param statementOf reads a person's statement of the year by ID number; its exceptions
   *     propagate
   */
  static List<EmploymentCheck> checkAll(
      List<Person> employees,
      String employerCreditCode,
      Function<String, SocialInsuranceStatement> statementOf) {
    String employer = UnifiedSocialCreditCode.normalise(employerCreditCode);
    return employees.stream().map(employee -> check(employee, employer, statementOf)).toList();
  }

  private static EmploymentCheck check(
      Person employee, String employer, Function<String, SocialInsuranceStatement> statementOf) {
    String idNumber = ResidentIdNumber.normalise(employee.idNumber());
    if (!ResidentIdNumber.isValid(idNumber)) {
      return new EmploymentCheck(
          employee.idNumber(), employee.name(), 0, List.of(), REASON_INVALID_ID);
    }
    // one entry per month: two entries of the same employer in a month are one month of work
    Map<Integer, MonthPaid> months = new LinkedHashMap<>();
    statementOf.apply(idNumber).months().stream()
        .filter(month -> employer != null && employer.equals(month.employerCreditCode()))
        .sorted((a, b) -> Integer.compare(a.month(), b.month()))
        .forEach(
            month ->
                months.merge(
                    month.month(),
                    new MonthPaid(month.month(), month.wagePaid()),
                    (first, second) ->
                        new MonthPaid(first.month(), first.wagePaid().add(second.wagePaid()))));
    List<MonthPaid> paid = List.copyOf(months.values());
    return new EmploymentCheck(
        idNumber, employee.name(), paid.size(), paid, paid.isEmpty() ? REASON_NO_MONTHS : null);
  }
}
