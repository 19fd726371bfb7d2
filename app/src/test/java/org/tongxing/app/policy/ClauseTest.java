package org.tongxing.app.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ClauseTest {

  @Test
  void shouldReadAClauseAsProcessesCiteIt() {
    assertThat(Clause.parse("item 1.4")).isEqualTo(new Clause(1, 4));
    assertThat(Clause.parse(" Item 10.3 ")).isEqualTo(new Clause(10, 3));
    assertThat(Clause.parse("6.2")).isEqualTo(new Clause(6, 2));
    assertThat(new Clause(7, 6)).hasToString("item 7.6");
    assertThat(new Clause(7, 6).anchor()).isEqualTo("item-7-6");
  }

  @Test
  void shouldRefuseWhatIsNoClauseQuotingIt() {
    assertThatThrownBy(() -> Clause.parse("第一条"))
        .hasMessage("Expected a clause such as 'item 1.4', but got '第一条'");
    assertThatThrownBy(() -> Clause.parse("item 0.1")).hasMessageContaining("0.1");
  }

  @Test
  void shouldFindEveryClauseCitedInAText() {
    assertThat(Clause.findAll("item 1.4, item 1.7; item 1.4 again"))
        .containsExactly(new Clause(1, 4), new Clause(1, 7));
    assertThat(Clause.findAll("依据 item 6.2 与 item6.3"))
        .containsExactly(new Clause(6, 2), new Clause(6, 3));
    assertThat(Clause.findAll("no clause here, version 1.4")).isEmpty();
  }
}
