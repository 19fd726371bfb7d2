package org.tongxing.workers.certificates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.tongxing.workers.bureau.BureauUnavailableException;
import org.tongxing.workers.bureau.dpf.DisabilityCertificate;

class CertificateCheckRulesTest {

  private static final String VALID = "33030219780415211242";
  private static final String EXPIRED = "33030419820922391342";
  private static final String REVOKED = "33032419760412861844";
  private static final String UNKNOWN = "33030219800101001944";

  private final Map<String, DisabilityCertificate> onFile =
      Map.of(
          VALID, certificate(VALID, "陈建国", "VALID"),
          EXPIRED, certificate(EXPIRED, "钱伟", "EXPIRED"),
          REVOKED, certificate(REVOKED, "应建军", "REVOKED"));
  private final List<String> lookedUp = new ArrayList<>();
  private final Function<String, Optional<DisabilityCertificate>> lookUp =
      number -> {
        lookedUp.add(number);
        return Optional.ofNullable(onFile.get(number));
      };

  @Test
  void shouldAcceptAValidCertificateOfTheDeclaredEmployee() {
    // given
    Employee employee = new Employee("陈建国", "330302197804152112", VALID);

    // when
    List<CertificateCheck> checks = CertificateCheckRules.checkAll(List.of(employee), lookUp);

    // then
    assertThat(checks)
        .containsExactly(new CertificateCheck(VALID, "陈建国", true, "physical", "肢体残疾", 2, null));
  }

  @Test
  void shouldGiveTheReasonForEachInvalidCertificate() {
    // given
    List<Employee> employees =
        List.of(
            new Employee("钱伟", "330304198209223913", EXPIRED),
            new Employee("应建军", "330324197604128618", REVOKED),
            new Employee("赵六", "330302198001010019", UNKNOWN));

    // when
    List<CertificateCheck> checks = CertificateCheckRules.checkAll(employees, lookUp);

    // then
    assertThat(checks)
        .extracting(CertificateCheck::valid, CertificateCheck::reason)
        .containsExactly(tuple(false, "证件已过期"), tuple(false, "证件已注销"), tuple(false, "查无此证"));
    assertThat(checks.get(0).disabilityCategory()).isEqualTo("physical");
    assertThat(checks.get(2).disabilityCategory()).isNull();
  }

  @Test
  void shouldRejectSomeoneElsesCertificate() {
    // given
    Employee wrongId = new Employee("陈建国", "330302197804152139", VALID);
    Employee wrongName = new Employee("陈建华", null, VALID.toLowerCase());

    // when
    List<CertificateCheck> checks =
        List.of(
            CertificateCheckRules.checkAll(List.of(wrongId), lookUp).get(0),
            CertificateCheckRules.checkAll(List.of(wrongName), lookUp).get(0));

    // then
    assertThat(checks)
        .extracting(CertificateCheck::reason)
        .containsExactly("残疾人证号与身份证号不符", "持证人姓名与申报姓名不符");
    assertThat(checks).extracting(CertificateCheck::disabilityLevel).containsOnlyNulls();
  }

  @Test
  void shouldNotLookUpMissingMalformedOrRepeatedNumbers() {
    // given
    List<Employee> employees =
        List.of(
            new Employee("甲", null, " "),
            new Employee("乙", null, "3303021978041521124"),
            new Employee("陈建国", null, VALID),
            new Employee("陈建国", null, "330302 19780415211242"));

    // when
    List<CertificateCheck> checks = CertificateCheckRules.checkAll(employees, lookUp);

    // then
    assertThat(checks)
        .extracting(CertificateCheck::reason)
        .containsExactly("未填写残疾人证号", "残疾人证号格式不正确", null, "残疾人证号重复申报");
    assertThat(lookedUp).containsExactly(VALID);
  }

  @Test
  void shouldLetTechnicalFailuresOfTheLookUpPass() {
    // given
    Function<String, Optional<DisabilityCertificate>> unavailable =
        number -> {
          throw new BureauUnavailableException("Expected an answer, but got 503");
        };

    // when / then
    assertThatThrownBy(
            () ->
                CertificateCheckRules.checkAll(
                    List.of(new Employee("陈建国", null, VALID)), unavailable))
        .isInstanceOf(BureauUnavailableException.class);
  }

  private static DisabilityCertificate certificate(String number, String holder, String status) {
    return new DisabilityCertificate(
        number,
        holder,
        number.substring(0, 6) + "********" + number.substring(14, 18),
        "physical",
        "肢体残疾",
        Character.getNumericValue(number.charAt(19)),
        LocalDate.of(2019, 6, 12),
        LocalDate.of(2029, 6, 11),
        status,
        "温州市鹿城区残疾人联合会",
        null,
        null);
  }
}
