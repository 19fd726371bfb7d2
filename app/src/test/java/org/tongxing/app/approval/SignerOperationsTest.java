package org.tongxing.app.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.tongxing.app.tasklist.TaskFixtures.openTask;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.tongxing.app.casehistory.CaseAction;
import org.tongxing.app.casehistory.CaseHistory;
import org.tongxing.app.casehistory.CaseHistoryEntry;
import org.tongxing.app.persistence.AppDatabase;
import org.tongxing.app.staff.StaffDirectory;
import org.tongxing.app.staff.StaffMember;
import org.tongxing.app.tasklist.CaseEvents;
import org.tongxing.app.tasklist.TasklistGateway;
import org.tongxing.app.tasklist.UserTaskInfo;

/**
 * 加签 before and after: the helper processes it starts, the completion it holds back, and what the
 * co-signers' signatures do to the task; the engine is a mock, the tables are real (H2).
 */
class SignerOperationsTest {

  private static final long TASK = 21L;
  private static final long HELPER = 9001L;

  private final ApprovalEngine engine = mock(ApprovalEngine.class);
  private final TasklistGateway tasks = mock(TasklistGateway.class);
  private CaseHistory history;
  private SignerOperations signers;
  private final UserTaskInfo task = openTask(TASK, "dpf").withAssignee("dpf-zhang");

  @BeforeEach
  void setUp() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    AppDatabase database = new AppDatabase(h2);
    history = new CaseHistory(database);
    StaffDirectory staff = new StaffDirectory(database);
    staff.remember(new StaffMember("hrss-wang", "王芳", List.of("hrss")));
    signers =
        new SignerOperations(
            engine, new SignerRequests(database), staff, new CaseEvents(history), tasks);
    given(tasks.findTask(TASK)).willReturn(Optional.of(task));
    given(engine.start(eq(SignerProcess.PROCESS_ID), anyMap())).willReturn(HELPER);
  }

  @Test
  void shouldStartTheHelperAtOnceAndWaitForTheCoSignerBefore() {
    // when
    signers.request(
        task,
        "JY-1",
        "dpf-zhang",
        "张敏",
        SignerRequest.Position.BEFORE,
        SignerRequest.SignerKind.PERSON,
        "hrss-wang",
        "请核实工资");

    // then
    @SuppressWarnings("unchecked")
    ArgumentCaptor<Map<String, Object>> variables = ArgumentCaptor.forClass(Map.class);
    verify(engine).start(eq(SignerProcess.PROCESS_ID), variables.capture());
    assertThat(variables.getValue())
        .containsEntry("signer", Map.of("kind", "person", "username", "hrss-wang"))
        .containsEntry("parentTaskKey", String.valueOf(TASK))
        .containsEntry("caseId", "JY-1");
    assertThat(signers.blocking(task)).hasSize(1);

    // when the co-signer signs, the task no longer waits
    signers.signed(HELPER, SignerProcess.AGREE, "同意", "hrss-wang", "王芳");
    assertThat(signers.blocking(task)).isEmpty();
    assertThat(history.ofProcessInstance(task.processInstanceKey()))
        .extracting(CaseHistoryEntry::action)
        .containsExactly(CaseAction.SIGNER_ADDED, CaseAction.COSIGNED);
    verify(tasks, never()).complete(anyLong(), anyMap());
  }

  @Test
  void shouldHoldTheDecisionUntilTheCoSignerAfterAgreesThenCompleteWithIt() {
    // given a co-signer after the assignee
    signers.request(
        task,
        null,
        "dpf-zhang",
        "张敏",
        SignerRequest.Position.AFTER,
        SignerRequest.SignerKind.DEPARTMENT,
        "hrss",
        null);
    verify(engine, never()).start(eq(SignerProcess.PROCESS_ID), anyMap());

    // when the assignee decides, the decision is held and the co-signer asked
    boolean held = signers.holdForSignersAfter(task, null, Map.of("decision", "approve"));
    assertThat(held).isTrue();
    verify(engine).start(eq(SignerProcess.PROCESS_ID), anyMap());

    // when the department agrees
    signers.signed(HELPER, SignerProcess.AGREE, "同意。", "hrss-wang", "王芳");

    // then the task completes with the held decision and the co-signatures
    @SuppressWarnings("unchecked")
    ArgumentCaptor<Map<String, Object>> variables = ArgumentCaptor.forClass(Map.class);
    verify(tasks).complete(eq(TASK), variables.capture());
    assertThat(variables.getValue()).containsEntry("decision", "approve");
    assertThat(variables.getValue().get(SignerProcess.COSIGNATURES).toString())
        .contains("hrss", "agree", "同意。");
  }

  @Test
  void shouldGiveTheDecisionBackWhenTheCoSignerAfterDisagrees() {
    // given
    signers.request(
        task,
        null,
        "dpf-zhang",
        "张敏",
        SignerRequest.Position.AFTER,
        SignerRequest.SignerKind.PERSON,
        "hrss-wang",
        null);
    signers.holdForSignersAfter(task, null, Map.of("decision", "approve"));

    // when
    signers.signed(HELPER, SignerProcess.DISAGREE, "工资未达标准。", "hrss-wang", "王芳");

    // then the task stays with the assignee
    verify(tasks, never()).complete(anyLong(), anyMap());
    assertThat(signers.holdForSignersAfter(task, null, Map.of("decision", "reject"))).isFalse();
  }

  @Test
  void shouldRefuseACoSignerWhoIsNotInTheDirectoryOrTheAssigneeThemselves() {
    // when / then
    assertThatThrownBy(
            () ->
                signers.request(
                    task,
                    null,
                    "dpf-zhang",
                    "张敏",
                    SignerRequest.Position.BEFORE,
                    SignerRequest.SignerKind.PERSON,
                    "nobody",
                    null))
        .isInstanceOfSatisfying(
            OperationRefusedException.class,
            e -> {
              assertThat(e.field()).isEqualTo("signer");
              assertThat(e.code()).isEqualTo("operation.error.unknownColleague");
            });
    assertThatThrownBy(
            () ->
                signers.request(
                    task,
                    null,
                    "dpf-zhang",
                    "张敏",
                    SignerRequest.Position.BEFORE,
                    SignerRequest.SignerKind.PERSON,
                    "dpf-zhang",
                    null))
        .isInstanceOfSatisfying(
            OperationRefusedException.class,
            e -> assertThat(e.code()).isEqualTo("operation.error.notYourself"));
    assertThatThrownBy(
            () ->
                signers.request(
                    task,
                    null,
                    "dpf-li",
                    "李强",
                    SignerRequest.Position.BEFORE,
                    SignerRequest.SignerKind.DEPARTMENT,
                    "hrss",
                    null))
        .isInstanceOfSatisfying(
            OperationRefusedException.class,
            e -> assertThat(e.code()).isEqualTo("operation.error.claimFirst"));
  }
}
