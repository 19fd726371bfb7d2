package org.tongxing.app.paths;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.ProcessInstanceState;
import io.camunda.client.api.search.response.UserTask;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.tongxing.app.TongxingAppTest;

/**
 * Policy item 10.3 end to end through the official client: a petition received, accepted,
 * assigned (属地管理), handled and answered, with the deadlines of the 信访工作条例 on the working-day
 * calendar. The engine clock is pinned, so month-long periods pass in milliseconds; dates are
 * chosen around the 2026 holidays (中秋节 09-25, 国庆节 10-01 to 10-07, Saturday 10-10 worked).
 */
@TongxingAppTest
class PetitionHandlingPathTest {

  @Autowired CamundaClient client;
  @Autowired ApplicationContext context;

  private PetitionCases cases;
  private NotifyApplicantStandIn notices;

  @BeforeEach
  void openCases() {
    cases = new PetitionCases(client);
    notices = NotifyApplicantStandIn.openUnlessTheAppHasOne(client, context);
  }

  @AfterEach
  void releaseClock() {
    notices.close();
    cases.resetClock();
  }

  @Test
  void shouldAcceptAssignAndAnswerWithinTheDeadlines() {
    // given received by the Petitions Bureau on Monday 2026-09-14
    cases.pinClock("2026-09-14T09:30:00+08:00");
    long petition = cases.start(Map.of());

    // then the Petitions Bureau decides within 15 days: by Tuesday 09-29; reminded three working
    // days before, 中秋节 (Friday 09-25) not counting
    UserTask acceptance = cases.awaitTask(petition, "Task_DecideAcceptance");
    assertThat(acceptance.getCandidateGroups()).containsExactly("petitions");
    assertThat(acceptance.getDueDate()).isEqualTo(OffsetDateTime.parse("2026-09-29T23:59:59+08:00"));
    assertThat(acceptance.getFollowUpDate())
        .isEqualTo(OffsetDateTime.parse("2026-09-23T09:00:00+08:00"));
    assertThat(cases.variables(petition).get("petitionNumber").asText())
        .isEqualTo("XF-20260914-" + petition);

    // when accepted on Wednesday 09-16 and assigned to 鹿城区 on Tuesday 09-29
    cases.pinClock("2026-09-16T10:00:00+08:00");
    cases.complete(
        acceptance,
        Map.of("acceptanceDecision", "accept", "acceptanceReason", "属于本市职权范围，依法受理"));
    UserTask assignment = cases.awaitTask(petition, "Task_AssignPetition");
    assertThat(assignment.getCandidateGroups()).containsExactly("petitions");
    cases.pinClock("2026-09-29T15:00:00+08:00");
    cases.complete(
        assignment, Map.of("assignedTo", "county-lucheng", "assignmentNote", "请核实补贴发放情况"));

    // then 鹿城区 handles it within 60 days of acceptance: 11-15 is a Sunday, so Monday 11-16
    UserTask handling = cases.awaitTask(petition, "Task_HandlePetition");
    assertThat(handling.getCandidateGroups()).containsExactly("county-lucheng");
    assertThat(handling.getDueDate()).isEqualTo(OffsetDateTime.parse("2026-11-16T23:59:59+08:00"));
    assertThat(handling.getFollowUpDate())
        .isEqualTo(OffsetDateTime.parse("2026-11-02T09:00:00+08:00"));
    var variables = cases.variables(petition);
    // five working days to object: 09-30, 10-08, 10-09, Saturday 10-10 (调休), 10-12
    assertThat(variables.get("objectionDueAt").asText()).isEqualTo("2026-10-12T23:59:59+08:00");
    assertThat(variables.get("handlingDueOnText").asText()).isEqualTo("2026年11月16日");
    assertThat(cases.awaitNotice(petition, "Task_NotifyAccepted"))
        .containsEntry("caseId", "XF-20260914-" + petition)
        .containsEntry("recipientName", "陈建国")
        .containsEntry("mobile", "13805770001")
        .containsEntry("channel", "sms")
        .containsEntry("subject", "信访事项受理告知书")
        .hasEntrySatisfying(
            "text",
            text ->
                assertThat((String) text)
                    .contains("交由鹿城区人民政府办理", "办理期限至2026年11月16日", "自受理之日起60日"));

    // when 鹿城区 replies on 10-20
    cases.pinClock("2026-10-20T10:00:00+08:00");
    cases.complete(
        handling,
        Map.of(
            "handlingAction", "reply",
            "handlingResult", "support",
            "replyText", "经核实，补贴已于2026年10月19日补发到位，并向信访人说明了延误原因。"));

    // then the reply tells where to ask for a review, and the review stage waits 30 days
    assertThat(cases.awaitNotice(petition, "Task_NotifyReply"))
        .containsEntry("subject", "信访事项处理意见书")
        .hasEntrySatisfying(
            "text",
            text ->
                assertThat((String) text)
                    .contains("鹿城区人民政府的处理意见：予以支持", "30日内向温州市人民政府（市信访局承办）请求复查"));
    long review = cases.awaitCalled(petition, "petition-review");
    UserTask request = cases.awaitTask(review, "Task_RecordRequest");
    assertThat(request.getCandidateGroups()).containsExactly("petitions");
    assertThat(request.getDueDate()).isEqualTo(OffsetDateTime.parse("2026-11-19T23:59:59+08:00"));

    // when nobody asks, and the letters in the post have had a week to arrive
    cases.pinClock("2026-11-27T00:00:05+08:00");

    // then the case is closed
    assertThat(cases.awaitEnded(petition)).isEqualTo(ProcessInstanceState.COMPLETED);
    assertThat(cases.completed(review)).contains("BoundaryEvent_RecordingClosed", "EndEvent_NotRequested");
    assertThat(cases.completed(petition)).contains("EndEvent_Closed").doesNotContain("CallActivity_ReReview");
    assertThat(cases.variables(petition).get("reviewOutcome").asText()).isEqualTo("not-requested");
  }
}
