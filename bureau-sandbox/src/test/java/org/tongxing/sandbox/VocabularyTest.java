package org.tongxing.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class VocabularyTest {

  @Test
  void shouldNameACodeInChinese() {
    // when / then
    assertThat(Vocabulary.DISABILITY_CAUSE.nameOf("autism")).isEqualTo("孤独症");
    assertThat(Vocabulary.LEGAL_PERSON_TYPE.nameOf("private-non-enterprise")).isEqualTo("民办非企业单位");
    assertThat(Vocabulary.OWNERSHIP.nameOf(null)).isNull();
  }

  @Test
  void shouldRefuseACodeOutsideTheListNamingTheField() {
    // when / then
    assertThatThrownBy(() -> Vocabulary.OWNERSHIP.require("state"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Expected ownership to be one of [public, private], but was 'state'");
  }
}
