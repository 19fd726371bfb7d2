package org.tongxing.app.paths;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.tongxing.app.paths.PetitionCases.PETITION_HANDLING;
import static org.tongxing.app.paths.PetitionCases.petition;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.ProcessInstanceState;
import io.camunda.client.api.search.response.UserTask;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.tongxing.app.TongxingAppTest;

/**
 * Policy item 10.3 end to end through the official client: a petition received, decided on,
 * assigned (属地管理), handled and answered, with the periods of the 信访工作条例 on the working-day
 * calendar. The engine clock is pinned, so month-long periods pass in milliseconds; the dates lie
 * around the 2026 holidays (中秋节 09-25, 国庆节 10-01 to 10-07, Saturday 10-10 worked).
 *
 * <p>Unless a test says otherwise, a case is received on Monday 2026-09-14, accepted on 09-16
 * (handling due 11-16, as 11-15 is a Sunday) and assigned on 09-29 (objection due 10-12).
 */
@TongxingAppTest
class PetitionHandlingPathTest {

  private static final String REPLY = "经核实，补贴已于2026年10月19日补发到位，并向信访人说明了延误原因。";

  @Autowired CamundaClient client;

  private CaseDriver cases;

  @BeforeEach
  void openCases() {
    cases = new CaseDriver(client);
  }

  @AfterEach
  void closeCases() {
    cases.cancelRunning();
    cases.resetClock();
  }

  @Test
  void shouldAcceptAssignAndAnswerWithinTheDeadlines() {
    // given received by the Petitions Bureau on Monday 2026-09-14
    cases.pinClock("2026-09-14T09:30:00+08:00");
    long petition = cases.start(PETITION_HANDLING, petition(Map.of()));

    // then the Petitions Bureau decides within 15 days: by Tuesday 09-29; reminded three working
    // days before, 中秋节 (Friday 09-25) not counting
    UserTask acceptance = cases.awaitTask(petition, "Task_DecideAcceptance");
    assertThat(acceptance.getCandidateGroups()).containsExactly("petitions");
    // (the case belongs to the petitioner's county, which monitoring filters by)
    assertThat(cases.awaitVariable(petition, "county").asText()).isEqualTo("lucheng");
    assertThat(acceptance.getDueDate())
        .isEqualTo(OffsetDateTime.parse("2026-09-29T23:59:59+08:00"));
    assertThat(acceptance.getFollowUpDate())
        .isEqualTo(OffsetDateTime.parse("2026-09-23T09:00:00+08:00"));
    assertThat(cases.variables(petition).get("petitionNumber").asText())
        .isEqualTo("XF-20260914-" + petition);

    // when accepted on Wednesday 09-16 and assigned to 鹿城区 on Tuesday 09-29
    cases.pinClock("2026-09-16T10:00:00+08:00");
    cases.complete(acceptance, accept());
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
                assertThat((String) text).contains("交由鹿城区人民政府办理", "办理期限至2026年11月16日", "自受理之日起60日"));

    // when 鹿城区 replies on 10-20
    cases.pinClock("2026-10-20T10:00:00+08:00");
    cases.complete(handling, reply());

    // then the reply says where to ask for a review, and the review stage waits 30 days
    assertThat(cases.awaitNotice(petition, "Task_NotifyReply"))
        .containsEntry("subject", "信访事项处理意见书")
        .hasEntrySatisfying(
            "text",
            text ->
                assertThat((String) text)
                    .contains("鹿城区人民政府的处理意见：予以支持", REPLY, "30日内向温州市人民政府（市信访局承办）请求复查"));
    long review = cases.awaitCalledInstance(petition, "petition-review");
    UserTask request = cases.awaitTask(review, "Task_RecordRequest");
    assertThat(request.getCandidateGroups()).containsExactly("petitions");
    assertThat(request.getDueDate()).isEqualTo(OffsetDateTime.parse("2026-11-19T23:59:59+08:00"));

    // when nobody asks, and letters posted in time have had a week to arrive
    cases.pinClock("2026-11-27T00:00:05+08:00");

    // then the case is closed
    assertThat(cases.awaitEnded(petition)).isEqualTo(ProcessInstanceState.COMPLETED);
    assertThat(cases.completed(review))
        .contains("BoundaryEvent_RecordingClosed", "EndEvent_NotRequested");
    assertThat(cases.completed(petition))
        .contains("EndEvent_Closed")
        .doesNotContain("CallActivity_ReReview");
    assertThat(cases.variables(petition).get("reviewOutcome").asText()).isEqualTo("not-requested");
  }

  @Test
  void shouldTellThePetitionerWhyNotAcceptedAndWhereToTurn() {
    // given received by 瑞安市 on 2026-09-14
    cases.pinClock("2026-09-14T09:30:00+08:00");
    long petition = cases.start(PETITION_HANDLING, petition(Map.of("receivedBy", "county-ruian")));
    UserTask acceptance = cases.awaitTask(petition, "Task_DecideAcceptance");
    assertThat(acceptance.getCandidateGroups()).containsExactly("county-ruian");

    // when not accepted without saying where to turn
    cases.complete(
        acceptance,
        Map.of("acceptanceDecision", "not-accept", "acceptanceReason", "属于劳动争议，应当申请劳动仲裁"));

    // then the decision comes back with the reason it was not taken
    UserTask again = cases.awaitTask(petition, "Task_DecideAcceptance");
    assertThat(cases.awaitVariable(petition, "acceptanceRefusal").asText())
        .contains("须写明信访人应当向哪个机关、单位提出", "第二十三条");

    // when not accepted with where to turn
    cases.complete(
        again,
        Map.of(
            "acceptanceDecision", "not-accept",
            "acceptanceReason", "属于劳动争议，应当申请劳动仲裁",
            "redirectTo", "瑞安市劳动人事争议仲裁委员会"));

    // then
    assertThat(cases.awaitEnded(petition)).isEqualTo(ProcessInstanceState.COMPLETED);
    assertThat(cases.completed(petition))
        .contains("EndEvent_NotAccepted")
        .doesNotContain("Task_AssignPetition", "SubProcess_Handling");
    assertThat(cases.awaitNotice(petition, "Task_NotifyNotAccepted"))
        .containsEntry("subject", "信访事项不予受理告知书")
        .containsEntry("policyClause", "item 10.3; 信访工作条例 第二十三条第一款")
        .hasEntrySatisfying(
            "text",
            text ->
                assertThat((String) text)
                    .contains("不予受理。理由：属于劳动争议，应当申请劳动仲裁", "请向瑞安市劳动人事争议仲裁委员会提出"));
  }

  @Test
  void shouldForwardToTheBodyResponsibleOutsideTheSystem() {
    // given
    cases.pinClock("2026-09-14T09:30:00+08:00");
    long petition = cases.start(PETITION_HANDLING, petition(Map.of()));

    // when
    cases.complete(
        cases.awaitTask(petition, "Task_DecideAcceptance"),
        Map.of(
            "acceptanceDecision", "forward",
            "acceptanceReason", "反映法院执行问题，属于人民法院职权范围",
            "redirectTo", "温州市中级人民法院"));

    // then
    assertThat(cases.awaitEnded(petition)).isEqualTo(ProcessInstanceState.COMPLETED);
    assertThat(cases.completed(petition)).contains("EndEvent_Forwarded");
    assertThat(cases.awaitNotice(petition, "Task_NotifyForwarded"))
        .containsEntry("subject", "信访事项转送告知书")
        .hasEntrySatisfying("text", text -> assertThat((String) text).contains("已转送温州市中级人民法院处理"));
  }

  @Test
  void shouldRemindAndThenSuperviseACountyThatDoesNotDecideInFifteenDays() {
    // given received by 永嘉县 on Monday 2026-09-14: to decide by 09-29, reminded on 09-23
    cases.pinClock("2026-09-14T09:30:00+08:00");
    long petition =
        cases.start(PETITION_HANDLING, petition(Map.of("receivedBy", "county-yongjia")));
    UserTask acceptance = cases.awaitTask(petition, "Task_DecideAcceptance");

    // when the reminder day comes
    cases.pinClock("2026-09-23T09:00:01+08:00");

    // then the county's task is raised
    await()
        .atMost(CaseDriver.VISIBLE_WITHIN)
        .until(
            () -> cases.task(acceptance.getUserTaskKey()).getPriority(),
            priority -> priority == 90);
    assertThat(
            cases
                .awaitVariable(petition, "acceptanceReminder")
                .path("candidateGroups")
                .get(0)
                .asText())
        .isEqualTo("county-yongjia");

    // when the period has passed without a decision
    cases.pinClock("2026-09-30T00:00:01+08:00");

    // then the Petitions Bureau is asked to act on the county's petition
    UserTask supervision = cases.awaitTask(petition, "Task_SuperviseAcceptance");
    assertThat(supervision.getCandidateGroups()).containsExactly("petitions");
    assertThat(cases.openTasks(petition, "Task_DecideAcceptance")).hasSize(1);
  }

  @Test
  void shouldExtendOnceWithTheHeadsApprovalAndRefuseASecondExtension() {
    // given a case with 鹿城区, handling due 11-16
    long petition = acceptedAndAssigned();
    UserTask handling = cases.awaitTask(petition, "Task_HandlePetition");

    // when an extension over 30 days is asked for
    cases.pinClock("2026-11-05T10:00:00+08:00");
    cases.complete(handling, extension(40));

    // then it is refused with the limit
    handling = cases.awaitTask(petition, "Task_HandlePetition");
    assertThat(cases.awaitVariable(petition, "handlingRefusal").asText())
        .isEqualTo("延长期限不得超过30日（信访工作条例 第三十三条）。");

    // when 20 days are asked for and the head of 鹿城区 approves
    cases.complete(handling, extension(20));
    UserTask approval = cases.awaitTask(petition, "Task_ApproveExtension");
    assertThat(approval.getCandidateGroups()).containsExactly("county-lucheng");
    cases.complete(
        approval, Map.of("extensionApproval", "approve", "extensionApprovalComment", "情况属实，同意延期"));

    // then 11-16 + 20 days is Sunday 12-06: the new deadline is Monday 12-07, and the petitioner
    // is told why
    handling = cases.awaitTask(petition, "Task_HandlePetition");
    assertThat(handling.getDueDate()).isEqualTo(OffsetDateTime.parse("2026-12-07T23:59:59+08:00"));
    assertThat(cases.awaitNotice(petition, "Task_NotifyExtension"))
        .containsEntry("subject", "信访事项延期办理告知书")
        .containsEntry("policyClause", "item 10.3; 信访工作条例 第三十三条")
        .hasEntrySatisfying(
            "text",
            text ->
                assertThat((String) text)
                    .contains("办理期限延长20日，至2026年12月7日", "延期理由：需会同市财政局核对补贴资金拨付记录"));

    // when a second extension is asked for
    cases.complete(handling, extension(10));

    // then it is refused, and the deadline stays
    handling = cases.awaitTask(petition, "Task_HandlePetition");
    assertThat(cases.awaitVariable(petition, "handlingRefusal").asText())
        .isEqualTo("本事项已延长办理期限一次（延长20日，办理期限至2026年12月7日）。依据信访工作条例第三十三条，办理期限只能延长一次，不得再次延期，请按期办结。");
    assertThat(handling.getDueDate()).isEqualTo(OffsetDateTime.parse("2026-12-07T23:59:59+08:00"));
    assertThat(cases.completed(petition)).containsOnlyOnce("Task_NotifyExtension");

    // when answered
    cases.complete(handling, reply());

    // then
    cases.awaitCompleted(petition, "Task_NotifyReply");
  }

  @Test
  void shouldGoBackToHandlingWhenTheHeadRefusesTheExtension() {
    // given
    long petition = acceptedAndAssigned();
    cases.complete(cases.awaitTask(petition, "Task_HandlePetition"), extension(15));

    // when
    cases.complete(
        cases.awaitTask(petition, "Task_ApproveExtension"),
        Map.of("extensionApproval", "refuse", "extensionApprovalComment", "材料已齐全，应按期办结"));

    // then
    UserTask handling = cases.awaitTask(petition, "Task_HandlePetition");
    assertThat(handling.getDueDate()).isEqualTo(OffsetDateTime.parse("2026-11-16T23:59:59+08:00"));
    assertThat(cases.awaitVariable(petition, "handlingRefusal").asText())
        .isEqualTo("负责人未批准延期：材料已齐全，应按期办结");
    assertThat(cases.variables(petition).get("extended").asBoolean()).isFalse();
    assertThat(cases.completed(petition)).doesNotContain("Task_NotifyExtension");
  }

  @Test
  void shouldRemindTheAssigneeTenWorkingDaysBeforeTheDeadline() {
    // given handling due 11-16, to be reminded on 11-02
    long petition = acceptedAndAssigned();
    UserTask handling = cases.awaitTask(petition, "Task_HandlePetition");
    assertThat(handling.getPriority()).isEqualTo(50);

    // when the reminder day comes
    cases.pinClock("2026-11-02T09:00:01+08:00");

    // then the task is raised for 鹿城区 (催办) and the reminder recorded in the case
    await()
        .atMost(CaseDriver.VISIBLE_WITHIN)
        .until(
            () -> cases.task(handling.getUserTaskKey()).getPriority(), priority -> priority == 90);
    var reminder = cases.awaitVariable(petition, "handlingReminder");
    assertThat(reminder.path("stage").asText()).isEqualTo("办理");
    assertThat(reminder.path("dueAt").asText()).isEqualTo("2026-11-16T23:59:59+08:00");
    assertThat(reminder.path("clause").asText()).isEqualTo("信访工作条例 第三十三条");
    assertThat(reminder.path("remindedTaskKeys").get(0).asLong())
        .isEqualTo(handling.getUserTaskKey());
    assertThat(reminder.path("candidateGroups").get(0).asText()).isEqualTo("county-lucheng");
    assertThat(cases.openTasks(petition, "Task_SuperviseHandling")).isEmpty();
  }

  @Test
  void shouldAskThePetitionsBureauToActOnceTheDeadlineHasPassed() {
    // given handling due at the end of 11-16
    long petition = acceptedAndAssigned();
    UserTask handling = cases.awaitTask(petition, "Task_HandlePetition");

    // when the day after comes without a reply
    cases.pinClock("2026-11-17T00:00:01+08:00");

    // then the Petitions Bureau is asked to act, and the task stays with 鹿城区
    UserTask supervision = cases.awaitTask(petition, "Task_SuperviseHandling");
    assertThat(supervision.getCandidateGroups()).containsExactly("petitions");
    assertThat(supervision.getPriority()).isEqualTo(80);
    assertThat(cases.openTasks(petition, "Task_HandlePetition"))
        .extracting(UserTask::getUserTaskKey)
        .containsExactly(handling.getUserTaskKey());

    // when the Bureau records what it did, and 鹿城区 replies late
    cases.complete(supervision, Map.of("supervisionNote", "已电话督促鹿城区，要求3个工作日内办结"));
    cases.awaitCompleted(petition, "Task_SuperviseHandling");
    cases.complete(handling, reply());

    // then the supervision is part of the case, and the case goes on to the review stage
    assertThat(cases.awaitVariable(petition, "handlingSupervision").path("note").asText())
        .isEqualTo("已电话督促鹿城区，要求3个工作日内办结");
    cases.awaitCompleted(petition, "Task_NotifyReply");
  }

  @Test
  void shouldEndAnOpenSupervisionWhenTheReplyComes() {
    // given an overdue case whose supervision is still open
    long petition = acceptedAndAssigned();
    UserTask handling = cases.awaitTask(petition, "Task_HandlePetition");
    cases.pinClock("2026-11-17T00:00:01+08:00");
    UserTask supervision = cases.awaitTask(petition, "Task_SuperviseHandling");

    // when 鹿城区 replies
    cases.complete(handling, reply());

    // then the supervision is no longer open
    cases.awaitCompleted(petition, "Task_NotifyReply");
    await()
        .atMost(CaseDriver.VISIBLE_WITHIN)
        .until(() -> cases.openTasks(petition, "Task_SuperviseHandling").isEmpty());
    assertThat(cases.completed(petition)).doesNotContain("Task_SuperviseHandling");
  }

  @Test
  void shouldReassignWhenTheObjectionIsUpheldWithinFiveWorkingDays() {
    // given assigned to 鹿城区 on 09-29, objection due 10-12
    long petition = acceptedAndAssigned();

    // when 鹿城区 objects on Friday 10-09
    cases.pinClock("2026-10-09T11:00:00+08:00");
    cases.complete(cases.awaitTask(petition, "Task_HandlePetition"), objection());

    // then the Petitions Bureau checks it
    UserTask check = cases.awaitTask(petition, "Task_ReviewObjection");
    assertThat(check.getCandidateGroups()).containsExactly("petitions");

    // when it reassigns the petition to Civil Affairs
    cases.complete(
        check,
        Map.of(
            "objectionDecision", "reassign",
            "assignedTo", "civil-affairs",
            "objectionReviewComment", "经核实，改由市民政局办理"));

    // then Civil Affairs handles it by the same deadline, and may object for five working days
    // from Friday 10-09: Saturday 10-10 (调休), 10-12, 10-13, 10-14, 10-15
    UserTask handling = cases.awaitTask(petition, "Task_HandlePetition");
    assertThat(handling.getCandidateGroups()).containsExactly("civil-affairs");
    assertThat(handling.getDueDate()).isEqualTo(OffsetDateTime.parse("2026-11-16T23:59:59+08:00"));
    assertThat(cases.variables(petition).get("objectionDueAt").asText())
        .isEqualTo("2026-10-15T23:59:59+08:00");
    assertThat(cases.awaitNoticeText(petition, "Task_NotifyReassigned")).contains("改由温州市民政局办理");
  }

  @Test
  void shouldRefuseAnObjectionAfterFiveWorkingDays() {
    // given objection due 10-12
    long petition = acceptedAndAssigned();

    // when 鹿城区 objects on 10-13
    cases.pinClock("2026-10-13T09:00:00+08:00");
    cases.complete(cases.awaitTask(petition, "Task_HandlePetition"), objection());

    // then
    UserTask handling = cases.awaitTask(petition, "Task_HandlePetition");
    assertThat(handling.getCandidateGroups()).containsExactly("county-lucheng");
    assertThat(cases.awaitVariable(petition, "handlingRefusal").asText())
        .isEqualTo("提出异议的期限已于2026年10月12日届满（自收到之日起5个工作日，信访工作条例 第二十三条第三款），请依法办理并答复信访人。");
    assertThat(cases.openTasks(petition, "Task_ReviewObjection")).isEmpty();
  }

  @Test
  void shouldReviewARequestMadeInTimeAndSayWhereToAskForARereview() {
    // given answered on 10-20: a review may be asked for until 11-19
    long petition = answered();
    long review = cases.awaitCalledInstance(petition, "petition-review");

    // when the petitioner asks on 11-10
    cases.pinClock("2026-11-10T14:00:00+08:00");
    cases.complete(
        cases.awaitTask(review, "Task_RecordRequest"),
        Map.of("reviewRequestReason", "补发金额少于应发金额，请求复查"));

    // then the city decides within 30 days of the request: by Thursday 12-10
    UserTask decision = cases.awaitTask(review, "Task_DecideReview");
    assertThat(decision.getCandidateGroups()).containsExactly("petitions");
    assertThat(decision.getDueDate()).isEqualTo(OffsetDateTime.parse("2026-12-10T23:59:59+08:00"));

    // when it upholds the reply
    cases.pinClock("2026-11-30T10:00:00+08:00");
    cases.complete(
        decision, Map.of("reviewResult", "uphold", "reviewOpinion", "经复查，补发金额符合规定，维持原处理意见。"));

    // then the petitioner learns where to ask for a re-review: the province, outside this system
    assertThat(cases.awaitNotice(review, "Task_NotifyReviewDecision"))
        .containsEntry("subject", "信访事项复查复核意见书")
        .hasEntrySatisfying(
            "text",
            text ->
                assertThat((String) text)
                    .contains("温州市人民政府（市信访局承办）的复查意见：维持原处理意见", "30日内向浙江省人民政府请求复核"));
    assertThat(cases.awaitEnded(petition)).isEqualTo(ProcessInstanceState.COMPLETED);
    var variables = cases.variables(petition);
    assertThat(variables.get("reviewOutcome").asText()).isEqualTo("decided");
    assertThat(variables.get("reviewResult").asText()).isEqualTo("uphold");
    assertThat(cases.completed(petition)).contains("EndEvent_Closed");
  }

  @Test
  void shouldReReviewInTongxingWhenThePolicyOwnerPutsTheReReviewBodyInTheSystem() throws Exception {
    // given a policy owner's version of petition-review-bodies with the re-review done here
    String original =
        new ClassPathResource("workflows/petition-review-bodies.dmn")
            .getContentAsString(StandardCharsets.UTF_8);
    String inSystem =
        original
            .replace(
                "<outputEntry id=\"Rule_ReReview_ReviewerGroup\"><text>null</text>",
                "<outputEntry id=\"Rule_ReReview_ReviewerGroup\"><text>\"petitions\"</text>")
            .replace(
                "<outputEntry id=\"Rule_ReReview_InSystem\"><text>false</text>",
                "<outputEntry id=\"Rule_ReReview_InSystem\"><text>true</text>");
    assertThat(inSystem).isNotEqualTo(original);
    deploy(inSystem);
    try {
      // when answered, reviewed on request and changed on 11-30
      long petition = answered();
      long review = cases.awaitCalledInstance(petition, "petition-review");
      cases.pinClock("2026-11-10T14:00:00+08:00");
      cases.complete(
          cases.awaitTask(review, "Task_RecordRequest"),
          Map.of("reviewRequestReason", "补发金额少于应发金额，请求复查"));
      cases.pinClock("2026-11-30T10:00:00+08:00");
      cases.complete(
          cases.awaitTask(review, "Task_DecideReview"),
          Map.of("reviewResult", "change", "reviewOpinion", "经复查，应补发差额，变更原处理意见。"));

      // then a re-review may be asked for until 12-30, here
      long reReview =
          await()
              .atMost(CaseDriver.VISIBLE_WITHIN)
              .until(
                  () ->
                      client
                          .newProcessInstanceSearchRequest()
                          .filter(f -> f.parentProcessInstanceKey(petition))
                          .send()
                          .join()
                          .items(),
                  items -> items.size() == 2)
              .stream()
              .mapToLong(instance -> instance.getProcessInstanceKey())
              .filter(key -> key != review)
              .findFirst()
              .orElseThrow();
      UserTask request = cases.awaitTask(reReview, "Task_RecordRequest");
      assertThat(request.getDueDate()).isEqualTo(OffsetDateTime.parse("2026-12-30T23:59:59+08:00"));

      // when asked on 12-15 and decided on 12-28
      cases.pinClock("2026-12-15T10:00:00+08:00");
      cases.complete(request, Map.of("reviewRequestReason", "对复查意见不服，请求复核"));
      UserTask decision = cases.awaitTask(reReview, "Task_DecideReview");
      assertThat(decision.getDueDate())
          .isEqualTo(OffsetDateTime.parse("2027-01-14T23:59:59+08:00"));
      cases.pinClock("2026-12-28T10:00:00+08:00");
      cases.complete(
          decision, Map.of("reviewResult", "uphold", "reviewOpinion", "经复核，维持复查意见，补发差额。"));

      // then the re-review is final
      assertThat(cases.awaitNoticeText(reReview, "Task_NotifyReviewDecision"))
          .contains("的复核意见：维持原处理意见", "以同一事实和理由提出投诉请求的，不再受理");
      assertThat(cases.awaitEnded(petition)).isEqualTo(ProcessInstanceState.COMPLETED);
      assertThat(cases.completed(petition))
          .contains("CallActivity_ReReview", "EndEvent_ReReviewed");
      assertThat(cases.variables(petition).get("reReviewResult").asText()).isEqualTo("uphold");
    } finally {
      deploy(original);
    }
  }

  @Test
  void shouldTakeALetterPostedInTimeThatArrivesLate() {
    // given a review may be asked for until 11-19
    long petition = answered();
    long review = cases.awaitCalledInstance(petition, "petition-review");

    // when a letter postmarked 11-18 is recorded on 11-23
    cases.pinClock("2026-11-23T10:00:00+08:00");
    cases.complete(
        cases.awaitTask(review, "Task_RecordRequest"),
        Map.of("reviewRequestedOn", "2026-11-18", "reviewRequestReason", "对处理意见不服，请求复查"));

    // then it is decided within 30 days of its arrival
    UserTask decision = cases.awaitTask(review, "Task_DecideReview");
    assertThat(decision.getDueDate()).isEqualTo(OffsetDateTime.parse("2026-12-23T23:59:59+08:00"));
  }

  @Test
  void shouldRefuseAReviewRequestedTooLate() {
    // given a review may be asked for until 11-19
    long petition = answered();
    long review = cases.awaitCalledInstance(petition, "petition-review");

    // when the petitioner asks in person on 11-23
    cases.pinClock("2026-11-23T10:00:00+08:00");
    cases.complete(
        cases.awaitTask(review, "Task_RecordRequest"),
        Map.of("reviewRequestReason", "对处理意见不服，请求复查"));

    // then the request is refused with the period it missed
    assertThat(cases.awaitNotice(review, "Task_NotifyRequestRefused"))
        .containsEntry("subject", "信访事项复查复核申请不予受理告知书")
        .hasEntrySatisfying(
            "text",
            text ->
                assertThat((String) text)
                    .contains("已超过申请期限（2026年11月19日届满，自收到书面答复之日起30日）", "第三十四条", "不予受理"));
    assertThat(cases.awaitEnded(petition)).isEqualTo(ProcessInstanceState.COMPLETED);
    assertThat(cases.variables(petition).get("reviewOutcome").asText()).isEqualTo("refused-late");
    assertThat(cases.completed(review)).doesNotContain("Task_DecideReview");
  }

  private void deploy(String dmn) {
    client
        .newDeployResourceCommand()
        .addResourceBytes(dmn.getBytes(StandardCharsets.UTF_8), "petition-review-bodies.dmn")
        .send()
        .join();
  }

  /** A case received 09-14, accepted 09-16 and assigned to 鹿城区 on 09-29. */
  private long acceptedAndAssigned() {
    cases.pinClock("2026-09-14T09:30:00+08:00");
    long petition = cases.start(PETITION_HANDLING, petition(Map.of()));
    cases.pinClock("2026-09-16T10:00:00+08:00");
    cases.complete(cases.awaitTask(petition, "Task_DecideAcceptance"), accept());
    cases.pinClock("2026-09-29T15:00:00+08:00");
    cases.complete(
        cases.awaitTask(petition, "Task_AssignPetition"), Map.of("assignedTo", "county-lucheng"));
    return petition;
  }

  /** {@link #acceptedAndAssigned()}, answered by 鹿城区 on 10-20. */
  private long answered() {
    long petition = acceptedAndAssigned();
    UserTask handling = cases.awaitTask(petition, "Task_HandlePetition");
    cases.pinClock("2026-10-20T10:00:00+08:00");
    cases.complete(handling, reply());
    return petition;
  }

  private static Map<String, Object> accept() {
    return Map.of("acceptanceDecision", "accept", "acceptanceReason", "属于本市职权范围，依法受理");
  }

  private static Map<String, Object> reply() {
    return Map.of("handlingAction", "reply", "handlingResult", "support", "replyText", REPLY);
  }

  private static Map<String, Object> objection() {
    return Map.of("handlingAction", "object", "objectionReason", "补贴由市民政局统一发放，不属于本区职权");
  }

  private static Map<String, Object> extension(int days) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("handlingAction", "request-extension");
    variables.put("extensionDays", days);
    variables.put("extensionReason", "需会同市财政局核对补贴资金拨付记录");
    return variables;
  }
}
