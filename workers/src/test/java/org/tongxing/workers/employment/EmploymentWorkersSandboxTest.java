package org.tongxing.workers.employment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tongxing.workers.WorkersSandboxTest;
import org.tongxing.workers.bureau.hrss.MinimumWage.MonthlyStandard;
import org.tongxing.workers.households.Person;

@WorkersSandboxTest
class EmploymentWorkersSandboxTest {

  private static final String GARMENTS = "91330302MA2AP0BX6T";
  private static final String PACKAGING = "91330304MA2C7K4Q21";

  @Autowired private FetchMinimumWageWorker minimumWage;
  @Autowired private CheckEmploymentRecordsWorker employmentRecords;

  @Test
  void shouldFetchTheMinimumWageOfTheEmployersCountyAndYear() {
    // when
    MinimumWageResult lucheng =
        minimumWage.fetchMinimumWage(new FetchMinimumWageInput("330302", 2025)).minimumWage();
    MinimumWageResult taishun =
        minimumWage.fetchMinimumWage(new FetchMinimumWageInput("taishun", 2025)).minimumWage();
    MinimumWageResult yearOfChange =
        minimumWage.fetchMinimumWage(new FetchMinimumWageInput("330302", 2021)).minimumWage();

    // then
    assertThat(lucheng.found()).isTrue();
    assertThat(lucheng.countyName()).isEqualTo("鹿城区");
    assertThat(lucheng.monthlyMinimumWage()).isEqualByComparingTo("2280");
    assertThat(taishun.regionCode())
        .as("the county's id becomes its GB/T 2260 code")
        .isEqualTo("330329");
    assertThat(taishun.monthlyMinimumWage()).isEqualByComparingTo("1840");
    assertThat(yearOfChange.months())
        .extracting(MonthlyStandard::month, m -> m.monthlyMinimumWage().intValue())
        .contains(tuple(7, 2010), tuple(8, 2280));
  }

  @Test
  void shouldAnswerWithAReasonWhereHrssHasNoStandard() {
    // when
    MinimumWageResult hangzhou =
        minimumWage.fetchMinimumWage(new FetchMinimumWageInput("330106", 2025)).minimumWage();
    MinimumWageResult noRegion =
        minimumWage.fetchMinimumWage(new FetchMinimumWageInput(null, 2025)).minimumWage();

    // then
    assertThat(hangzhou.found()).isFalse();
    assertThat(hangzhou.reason()).isEqualTo("人社部门无该地区该年度的最低工资标准（地区代码330106，2025年）");
    assertThat(noRegion.reason()).isEqualTo("未能确定用人单位所在县（市、区）");
  }

  @Test
  void shouldReadOnlyTheMonthsTheApplyingEmployerPaid() {
    // given
    var input =
        new CheckEmploymentRecordsInput(
            List.of(
                new Person("陈丽娟", "330303198505166427"),
                new Person("黄丽华", "330304199005123624"),
                new Person("陈建国", "330302197804152112")),
            new Employer("温州瓯江福利包装有限公司", PACKAGING, "330304"),
            2025);

    // when
    List<EmploymentCheck> checks =
        employmentRecords.checkEmploymentRecords(input).employmentChecks();

    // then: 陈建国 works for another employer
    assertThat(checks)
        .extracting(EmploymentCheck::name, EmploymentCheck::insuredMonths, EmploymentCheck::reason)
        .containsExactly(
            tuple("陈丽娟", 8, null), tuple("黄丽华", 12, null), tuple("陈建国", 0, "上年度无本单位社会保险缴费记录"));
    assertThat(checks.get(0).months().get(0))
        .isEqualTo(new EmploymentCheck.MonthPaid(5, new BigDecimal("3800")));
    assertThat(
            employmentRecords
                .checkEmploymentRecords(
                    new CheckEmploymentRecordsInput(
                        List.of(new Person("陈建国", "330302197804152112")),
                        new Employer("温州同行制衣有限公司", GARMENTS, "330302"),
                        2025))
                .employmentChecks())
        .singleElement()
        .satisfies(check -> assertThat(check.months()).hasSize(12));
  }
}
