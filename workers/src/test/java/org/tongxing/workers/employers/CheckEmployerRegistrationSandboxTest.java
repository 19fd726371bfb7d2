package org.tongxing.workers.employers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.tongxing.workers.WorkersSandboxTest;
import org.tongxing.workers.employment.Employer;

@WorkersSandboxTest
class CheckEmployerRegistrationSandboxTest {

  @Autowired private CheckEmployerRegistrationWorker worker;

  @ParameterizedTest(name = "{0}: {2}")
  @CsvSource({
    "温州同行制衣有限公司, 91330302MA2AP0BX6T, market-regulation, enterprise, , true, 120",
    "鹿城区同行小吃店, 92330302MA2D5R7J3D, market-regulation, individual-business, , false, 4",
    "温州市鹿城区同心局, 11330302002607156L, establishment, party-government-organ, full, true, 58",
    "温州市同心职业技能培训中心, 12330300470218362Q, establishment, public-institution, full, true, 40",
    "温州市同心康复医院, 12330300470192545B, establishment, public-institution, partial, true, 200",
    "温州市鹿城区同心助残服务中心, 52330302MJ8765437T, civil-affairs, social-organisation, , true, 15"
  })
  void shouldAskTheRegistryTheCreditCodeNames(
      String name,
      String code,
      String registry,
      String category,
      String fundingType,
      boolean legalPerson,
      int workforce) {
    // when
    EmployerRegistrationCheck check = check(name, code);

    // then
    assertThat(check.found()).isTrue();
    assertThat(check.registry()).isEqualTo(registry);
    assertThat(check.category()).isEqualTo(category);
    assertThat(check.fundingType()).isEqualTo(fundingType);
    assertThat(check.legalPerson()).isEqualTo(legalPerson);
    assertThat(check.workforce()).isEqualTo(workforce);
    assertThat(check.active()).isTrue();
    assertThat(check.nameMatches()).isTrue();
    assertThat(check.reason()).isNull();
  }

  @Test
  void shouldGiveTheReasonWhenTheEmployerDoesNotCount() {
    // when
    EmployerRegistrationCheck deregistered = check("温州旧城贸易有限公司", "91330302MA29QW1E9B");
    EmployerRegistrationCheck otherName = check("温州同行服装有限公司", "91330302MA2AP0BX6T");
    EmployerRegistrationCheck typo = check("温州同行制衣有限公司", "91330302MA2AP0BX6U");
    EmployerRegistrationCheck unknown = check("温州同行制衣有限公司", "91330302MA2AQ1CY9R");
    EmployerRegistrationCheck foreignAuthority = check("某律师事务所", "31330000MD0123454K");

    // then
    assertThat(deregistered.active()).isFalse();
    assertThat(deregistered.reason()).isEqualTo("单位登记状态为注销");
    assertThat(deregistered.workforce()).isNull();
    assertThat(otherName.nameMatches()).isFalse();
    assertThat(otherName.reason()).isEqualTo("申报单位名称与登记名称不符，登记名称为“温州同行制衣有限公司”");
    assertThat(typo.found()).isFalse();
    assertThat(typo.reason()).isEqualTo("统一社会信用代码校验不通过");
    assertThat(unknown.found()).isFalse();
    assertThat(unknown.reason()).isEqualTo("市场监管部门查无此单位");
    assertThat(foreignAuthority.reason()).startsWith("该统一社会信用代码的登记管理部门不在可核验范围");
  }

  private EmployerRegistrationCheck check(String name, String code) {
    return worker
        .checkEmployerRegistration(
            new CheckEmployerRegistrationInput(new Employer(name, code, null), 2025))
        .employerRegistration();
  }
}
