package org.tongxing.app.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdentityMaskTest {

  @Test
  void shouldMaskTheBirthDateOfIdNumbersAndOfCertificateNumbersThatHoldThem() {
    // when
    String masked =
        IdentityMask.mask(
            "{\"idNumber\":\"33030219780415211X\",\"certificateNumber\":\"33030219780415211242\"}");

    // then
    assertThat(masked)
        .isEqualTo(
            "{\"idNumber\":\"330302********211X\",\"certificateNumber\":\"330302********211242\"}");
  }

  @Test
  void shouldLeaveOtherNumbersAlone() {
    assertThat(IdentityMask.mask("2251799813685253 JY-2026-0001 91330302MA2AXXXX0X"))
        .isEqualTo("2251799813685253 JY-2026-0001 91330302MA2AXXXX0X");
    assertThat(IdentityMask.containsIdNumber("2251799813685253")).isFalse();
  }
}
