package org.tongxing.app.casehistory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tongxing.app.persistence.AppDatabase;
import org.tongxing.app.persistence.TestDatabases;

/** The case history on both databases the app runs on: H2 and a real PostgreSQL. */
class CaseHistoryTest {

  static Stream<Arguments> databases() {
    return TestDatabases.both();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void shouldKeepACasesHistoryInOrderAndFindItByInstanceAndByCase(
      String name, DataSource dataSource) {
    // given
    CaseHistory history = new CaseHistory(new AppDatabase(dataSource));
    long instance = System.nanoTime();
    OffsetDateTime morning = OffsetDateTime.parse("2026-03-02T09:00:00+08:00");

    // when
    history.record(entry(instance, CaseAction.COMPLETED, "dpf-zhang", null, morning.plusHours(2)));
    CaseHistoryEntry claimed =
        history.record(entry(instance, CaseAction.CLAIMED, "dpf-zhang", null, morning));
    history.record(
        entry(instance, CaseAction.HANDED_OVER, "dpf-zhang", "请李强办理", morning.plusHours(1)));
    history.record(entry(instance + 1, CaseAction.CLAIMED, "hrss-wang", null, morning));

    // then
    assertThat(claimed.id()).isNotNull();
    assertThat(history.ofProcessInstance(instance))
        .extracting(CaseHistoryEntry::action)
        .containsExactly(CaseAction.CLAIMED, CaseAction.HANDED_OVER, CaseAction.COMPLETED);
    assertThat(history.ofProcessInstance(instance).get(1))
        .satisfies(
            entry -> {
              assertThat(entry.opinion()).isEqualTo("请李强办理");
              assertThat(entry.target()).isEqualTo("dpf-li");
              assertThat(entry.occurredAt().toInstant())
                  .isEqualTo(morning.plusHours(1).toInstant());
              assertThat(entry.taskKey()).isEqualTo(42L);
            });
    assertThat(history.ofCase("JY-" + instance)).hasSize(3);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void shouldRefuseAnEntryWithoutActorOrWithAnOverlongOpinion(String name, DataSource dataSource) {
    // given
    CaseHistory history = new CaseHistory(new AppDatabase(dataSource));
    OffsetDateTime now = OffsetDateTime.parse("2026-03-02T09:00:00+08:00");

    // then
    assertThatThrownBy(() -> history.record(entry(1, CaseAction.CLAIMED, " ", null, now)))
        .hasMessage("Expected a case history entry with an actor, but it has none");
    assertThatThrownBy(
            () -> history.record(entry(1, CaseAction.APPROVED, "dpf-zhang", "意".repeat(4001), now)))
        .hasMessage("Expected an opinion of at most 4000 characters, but got 4001");
    assertThat(history.ofProcessInstance(1)).isEmpty();
  }

  private static CaseHistoryEntry entry(
      long instance, CaseAction action, String actor, String opinion, OffsetDateTime at) {
    return new CaseHistoryEntry(
        null,
        instance,
        "JY-" + instance,
        "employment-subsidy",
        42L,
        "Task_ReviewApplication",
        "市残联审核",
        action,
        actor,
        "张敏",
        action == CaseAction.HANDED_OVER ? "dpf-li" : null,
        opinion,
        null,
        at);
  }
}
