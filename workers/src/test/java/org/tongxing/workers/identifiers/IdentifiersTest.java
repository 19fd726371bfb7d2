package org.tongxing.workers.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifiersTest {

  @ParameterizedTest
  @ValueSource(strings = {"330302197804152112", "33032919690717351X", "510107198703104516"})
  void shouldAcceptIdNumbersWithTheirCheckCharacter(String idNumber) {
    // when / then
    assertThat(ResidentIdNumber.isValid(idNumber)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"330302197804152113", "33030219780415211", "3303021978041521X2", ""})
  void shouldRefuseIdNumbersWithAWrongCheckCharacterOrShape(String idNumber) {
    // when / then
    assertThat(ResidentIdNumber.isValid(idNumber)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"91330302MA2AP0BX6T", "11330302002607156L", "52330302MJ8765437T"})
  void shouldAcceptCreditCodesWithTheirCheckCharacter(String code) {
    // when / then
    assertThat(UnifiedSocialCreditCode.isValid(code)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"91330302MA2AP0BX6U", "91330302MA2AP0BI6T", "91330302MA2AP0BX6", ""})
  void shouldRefuseCreditCodesWithAWrongCheckCharacterOrLetter(String code) {
    // when / then: I, O, S, V and Z are not in the code's alphabet
    assertThat(UnifiedSocialCreditCode.isValid(code)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {" 33032919690717351x ", "330329 19690717351x"})
  void shouldNormaliseSpacesAndALowerCaseCheckCharacter(String idNumber) {
    // when / then
    assertThat(ResidentIdNumber.normalise(idNumber)).isEqualTo("33032919690717351X");
    assertThat(UnifiedSocialCreditCode.normalise(" 91330302ma2ap0bx6t"))
        .isEqualTo("91330302MA2AP0BX6T");
  }

  @ParameterizedTest
  @ValueSource(strings = {"lucheng", "330302", " 330302 "})
  void shouldGiveTheRegionCodeOfAWenzhouCountyByItsIdOrCode(String county) {
    // when / then
    assertThat(WenzhouCounty.regionCodeOf(county)).contains("330302");
  }

  @ParameterizedTest
  @ValueSource(strings = {"鹿城区", "hangzhou", "3303", ""})
  void shouldKnowNoRegionCodeForAnythingElse(String county) {
    // when / then
    assertThat(WenzhouCounty.regionCodeOf(county)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"330302, lucheng", "330329, taishun", "330381, ruian"})
  void shouldNameTheWenzhouCountyOfARegionCode(String code, String county) {
    // when / then
    assertThat(WenzhouCounty.idOf(code)).contains(county);
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"510107", "lucheng", ""})
  void shouldNameNoCountyOutsideWenzhou(String code) {
    // when / then
    assertThat(WenzhouCounty.idOf(code)).isEmpty();
  }
}
