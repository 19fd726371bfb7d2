package org.tongxing.app.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class VariablePathTest {

  @Test
  void shouldMatchAWholeStringVariableAndAKeyInsideAValue() {
    assertThat(VariablePath.parse("applicantName").likePattern("陈建", true)).isEqualTo("\"陈建*");
    assertThat(VariablePath.parse("employer.county").likePattern("lucheng", false))
        .isEqualTo("*\"county\":\"lucheng\"*");
    assertThat(VariablePath.parse("employees.name").likePattern("陈", true))
        .isEqualTo("*\"name\":\"陈*");
  }

  @Test
  void shouldReadTheValuesAtAPathAlsoInLists() {
    VariablePath names = VariablePath.parse("employees.name");

    assertThat(names.valuesIn("[{\"name\":\"陈建国\"},{\"name\":\"钱伟\"}]"))
        .containsExactly("陈建国", "钱伟");
    assertThat(VariablePath.parse("applicationId").valuesIn("\"JY-1\"")).containsExactly("JY-1");
    assertThat(names.valuesIn("not json")).isEmpty();
  }

  @Test
  void shouldRefuseAPathWithoutAName() {
    assertThatThrownBy(() -> VariablePath.parse("employer."))
        .hasMessageContaining("Expected a variable name or variable.key")
        .hasMessageContaining("'employer.'");
  }
}
