package org.tongxing.workers.benefits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.camunda.client.exception.BpmnError;
import java.math.BigDecimal;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tongxing.workers.SandboxAdmin;
import org.tongxing.workers.WorkersSandboxTest;

@WorkersSandboxTest
class BenefitWorkersSandboxTest {

  private static final String CHEN_SIYUAN = "330302200503120015";

  @LocalServerPort private int port;
  @Autowired private CheckPreviousBenefitWorker check;
  @Autowired private RecordBenefitWorker record;
  @Autowired private CancelBenefitWorker cancel;

  @AfterEach
  void resetSandbox() {
    new SandboxAdmin(port).resetFaults();
    new SandboxAdmin(port).resetBenefits();
  }

  @Test
  void shouldFindTheGrantOfAnotherCaseInTheSamePeriod() {
    // when: 陈思远 received the grant for 2024-2025 in case JX-2024-0107
    PreviousBenefit previous =
        check.checkPreviousBenefit(input(grant("2024-2025", "JX-2026-0001"))).previousBenefit();
    PreviousBenefit none =
        check.checkPreviousBenefit(input(grant("2025-2026", "JX-2026-0001"))).previousBenefit();

    // then
    assertThat(previous.found()).isTrue();
    assertThat(previous.heldByOtherCase()).isTrue();
    assertThat(previous.caseId()).isEqualTo("JX-2024-0107");
    assertThat(previous.recordedAt()).isEqualTo("2024-11-18T02:30:00Z");
    assertThat(none.found()).isFalse();
  }

  @Test
  void shouldRecordOnceAndRefuseASecondCaseWithABpmnError() {
    // given
    record.recordBenefit(input(grant("2025-2026", "JX-2026-0001")));

    // when
    var retried = record.recordBenefit(input(grant("2025-2026", "JX-2026-0001")));
    BpmnError refused =
        catchThrowableOfType(
            BpmnError.class, () -> record.recordBenefit(input(grant("2025-2026", "JX-2026-0002"))));

    // then
    assertThat(retried.benefitRecordedAt()).isNotBlank();
    assertThat(refused.getErrorCode()).isEqualTo("BENEFIT_ALREADY_GRANTED");
    assertThat(refused.getErrorMessage())
        .isEqualTo("该项补助已由案件 JX-2026-0001 享受（education-grant，330302200503120015，2025-2026）");
    assertThat(refused.getVariables())
        .asInstanceOf(InstanceOfAssertFactories.MAP)
        .containsKey("previousBenefit");
  }

  @Test
  void shouldCancelOnlyItsOwnRecord() {
    // given
    record.recordBenefit(input(grant("2025-2026", "JX-2026-0001")));

    // when
    boolean byOtherCase =
        cancel.cancelBenefit(input(grant("2025-2026", "JX-2026-0002"))).benefitCancelled();
    boolean byOwnCase =
        cancel.cancelBenefit(input(grant("2025-2026", "JX-2026-0001"))).benefitCancelled();

    // then
    assertThat(byOtherCase).isFalse();
    assertThat(byOwnCase).isTrue();
    assertThat(
            check
                .checkPreviousBenefit(input(grant("2025-2026", "JX-2026-0003")))
                .previousBenefit()
                .found())
        .isFalse();
  }

  private static Benefit grant(String schoolYear, String caseId) {
    return new Benefit(
        "education-grant", CHEN_SIYUAN, schoolYear, caseId, new BigDecimal("4000"), "助学补助");
  }

  private static BenefitInput input(Benefit benefit) {
    return new BenefitInput(benefit);
  }
}
