package org.tongxing.app.paths;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.tongxing.app.paths.CaseDriver.assertCandidateGroups;

import com.fasterxml.jackson.databind.JsonNode;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.ProcessInstanceState;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.response.ProcessInstance;
import io.camunda.client.api.search.response.UserTask;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Policy item 6.4 end to end: the private designated institutions of a year, the children each
 * trained for at least half a year (the DPF's training records), 2,000 yuan each, the DPF's review
 * per institution and the treasury's payment, once per institution and year.
 */
@RehabilitationPathTest
class InstitutionOperatingSubsidyPathTest {

  private static final String PROCESS_ID = "institution-operating-subsidy";
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  @Autowired CamundaClient client;
  @LocalServerPort int port;

  private CaseDriver cases;
  private BureauSandbox sandbox;

  @BeforeEach
  void setUp() {
    cases = new CaseDriver(client);
    sandbox = new BureauSandbox(port);
  }

  @AfterEach
  void tearDown() {
    cases.resetClock();
  }

  @Test
  void shouldPayEachPrivateInstitutionTwoThousandForEachChildTrainedHalfAYear() {
    // given the year 2025 of bureau-sandbox/README.md's training records
    long instanceKey = cases.start(PROCESS_ID, Map.of("subsidyYear", 2025));

    // when the DPF approves every institution with children to count
    Map<String, JsonNode> settled = new HashMap<>();
    for (UserTask review : awaitReviews(instanceKey, 4)) {
      assertCandidateGroups(review, "dpf");
      client
          .newCompleteUserTaskCommand(review.getUserTaskKey())
          .variables(
              Map.of("operatingSubsidyDecision", "approve", "operatingSubsidyComment", "核对无误"))
          .send()
          .join();
    }

    // then each is paid 2,000 a child trained at least 6 months of 2025
    cases.awaitState(instanceKey, ProcessInstanceState.COMPLETED);
    JsonNode settlements = cases.variables(instanceKey).get("settlements");
    settlements.forEach(s -> settled.put(s.get("name").asText(), s));
    assertThat(settled.get("温州市鹿城区星语儿童康复中心").get("amount").asInt()).isEqualTo(6000);
    assertThat(settled.get("瑞安市阳光儿童康复中心").get("amount").asInt()).isEqualTo(4000);
    assertThat(settled.get("乐清市启明康复医院有限公司").get("amount").asInt()).isEqualTo(2000);
    // designated throughout 2025 and exited on its last day
    assertThat(settled.get("苍南县彩虹儿童康复中心").get("amount").asInt()).isEqualTo(2000);
    // trained 郑宇航 for 4 months only
    assertThat(settled.get("永嘉县蓓蕾儿童康复中心").get("amount").asInt()).isZero();
    assertThat(settled).doesNotContainKey("温州市残疾人康复中心");
    assertThat(sandbox.payments("YY-2025-523303025490Q910KM"))
        .extracting(p -> p.get("paymentId"), p -> ((Number) p.get("amount")).intValue())
        .containsExactly(tuple("YY-2025-523303025490Q910KM-6.4", 6000));
    assertThat(sandbox.notices("YY-2025-523303818P9L1E9T0F"))
        .singleElement()
        .satisfies(
            notice ->
                assertThat((String) notice.get("text"))
                    .startsWith("瑞安市阳光儿童康复中心2025年度收训满半年的残疾儿童2名，运行补助4000元。")
                    .contains("不计入：吴佳怡（4个月）"));
  }

  @Test
  void shouldPayAYearOnceWhenItIsSettledAgain() {
    // given 2025 was settled and 星语 paid
    settleAll(cases.start(PROCESS_ID, Map.of("subsidyYear", 2025)));
    int paid = sandbox.payments("YY-2025-523303025490Q910KM").size();

    // when the DPF settles 2025 again
    settleAll(cases.start(PROCESS_ID, Map.of("subsidyYear", 2025)));

    // then the treasury answers the first payment: no second one
    assertThat(paid).isEqualTo(1);
    assertThat(sandbox.payments("YY-2025-523303025490Q910KM")).hasSize(1);
  }

  @Test
  void shouldSettleLastYearEveryFifteenthOfJanuary() {
    // given the timer start waits for the next 15 January, 09:00
    ZonedDateTime now = ZonedDateTime.now(SHANGHAI);
    ZonedDateTime thisYears = ZonedDateTime.of(now.getYear(), 1, 15, 9, 0, 0, 0, SHANGHAI);
    ZonedDateTime next = now.isBefore(thisYears) ? thisYears : thisYears.plusYears(1);
    int year = next.getYear();

    // when the clock passes it
    cases.pinClock(next.plusSeconds(30).toInstant());

    // then a settlement of the year before starts
    List<ProcessInstance> started =
        org.awaitility.Awaitility.await()
            .atMost(CaseDriver.VISIBLE_WITHIN)
            .until(
                () ->
                    client
                        .newProcessInstanceSearchRequest()
                        .filter(
                            f ->
                                f.processDefinitionId(PROCESS_ID)
                                    .state(ProcessInstanceState.ACTIVE))
                        .send()
                        .join()
                        .items()
                        .stream()
                        .filter(
                            instance -> year - 1 == subsidyYear(instance.getProcessInstanceKey()))
                        .toList(),
                instances -> !instances.isEmpty());
    started.forEach(
        instance ->
            client.newCancelInstanceCommand(instance.getProcessInstanceKey()).send().join());
  }

  private int subsidyYear(long instanceKey) {
    JsonNode year = cases.variables(instanceKey).get("subsidyYear");
    return year == null ? -1 : year.asInt();
  }

  private void settleAll(long instanceKey) {
    for (UserTask review : awaitReviews(instanceKey, 4)) {
      client
          .newCompleteUserTaskCommand(review.getUserTaskKey())
          .variables(Map.of("operatingSubsidyDecision", "approve", "operatingSubsidyComment", "核对"))
          .send()
          .join();
    }
    cases.awaitState(instanceKey, ProcessInstanceState.COMPLETED);
  }

  /** The open reviews of the settlement, one per institution with children to count. */
  private List<UserTask> awaitReviews(long instanceKey, int count) {
    return org.awaitility.Awaitility.await()
        .atMost(CaseDriver.VISIBLE_WITHIN)
        .until(
            () ->
                client
                    .newUserTaskSearchRequest()
                    .filter(
                        f ->
                            f.processInstanceKey(instanceKey)
                                .elementId("Task_ReviewOperatingSubsidy")
                                .state(UserTaskState.CREATED))
                    .send()
                    .join()
                    .items(),
            items -> items.size() == count);
  }
}
