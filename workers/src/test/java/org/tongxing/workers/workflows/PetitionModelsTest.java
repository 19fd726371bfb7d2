package org.tongxing.workers.workflows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.tongxing.workers.workflows.PolicyModels.input;
import static org.tongxing.workers.workflows.PolicyModels.outputs;
import static org.tongxing.workers.workflows.PolicyModels.policyClause;
import static org.tongxing.workers.workflows.PolicyModels.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.BaseElement;
import io.camunda.zeebe.model.bpmn.instance.BoundaryEvent;
import io.camunda.zeebe.model.bpmn.instance.CallActivity;
import io.camunda.zeebe.model.bpmn.instance.ErrorEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.FlowNode;
import io.camunda.zeebe.model.bpmn.instance.Process;
import io.camunda.zeebe.model.bpmn.instance.ServiceTask;
import io.camunda.zeebe.model.bpmn.instance.StartEvent;
import io.camunda.zeebe.model.bpmn.instance.SubProcess;
import io.camunda.zeebe.model.bpmn.instance.TimerEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.UserTask;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeAssignmentDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeCalledDecision;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeCalledElement;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeFormDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskSchedule;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeUserTask;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tongxing.workers.calendar.ComputeDeadlineWorker;
import org.tongxing.workers.legalaid.ApplyForLegalAidWorker;
import org.tongxing.workers.legalaid.RecordLegalAidDecisionWorker;
import org.tongxing.workers.notification.NotifyApplicantWorker;
import org.tongxing.workers.petitions.RegisterPetitionWorker;
import org.tongxing.workers.reminders.RemindAssigneesWorker;

/**
 * {@code workflows/petition-handling.bpmn} and its helpers {@code petition-review} and {@code
 * petition-legal-aid}: valid for Zeebe, citing their clauses, wired to our workers, forms and
 * decisions, with timers that read the working-day calendar's deadlines.
 */
class PetitionModelsTest {

  private static final List<String> PROCESSES =
      List.of("petition-handling", "petition-review", "petition-legal-aid");

  private static final Set<String> JOB_TYPES =
      Set.of(
          ComputeDeadlineWorker.JOB_TYPE,
          RegisterPetitionWorker.JOB_TYPE,
          RemindAssigneesWorker.JOB_TYPE,
          ApplyForLegalAidWorker.JOB_TYPE,
          RecordLegalAidDecisionWorker.JOB_TYPE,
          NotifyApplicantWorker.JOB_TYPE);

  private static final Pattern TIMER = Pattern.compile("^=date and time\\((\\w+)\\)$");
  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest
  @ValueSource(strings = {"petition-handling", "petition-review", "petition-legal-aid"})
  void shouldBeAValidExecutableZeebeModel(String processId) {
    // when
    BpmnModelInstance model = read(processId);

    // then
    assertThatCode(() -> Bpmn.validateModel(model)).doesNotThrowAnyException();
    Process process = model.getModelElementById(processId);
    assertThat(process.isExecutable()).isTrue();
    assertThat(process.getName()).isNotBlank();
    assertThat(policyClause(process))
        .hasValueSatisfying(clause -> assertThat(clause).startsWith("item 10."));
  }

  @ParameterizedTest
  @ValueSource(strings = {"petition-handling", "petition-review", "petition-legal-aid"})
  void shouldNameThePolicyClauseOnEveryElement(String processId) {
    // given
    Collection<FlowNode> nodes = read(processId).getModelElementsByType(FlowNode.class);

    // then
    assertThat(nodes)
        .isNotEmpty()
        .allSatisfy(
            node ->
                assertThat(policyClause(node))
                    .as("policyClause of %s", node.getId())
                    .hasValueSatisfying(clause -> assertThat(clause).matches("item 10\\.[23].*")));
  }

  @Test
  void shouldCallOnlyOurWorkersAndTheNotificationContract() {
    // when
    Map<String, List<ServiceTask>> byType =
        PROCESSES.stream()
            .flatMap(id -> read(id).getModelElementsByType(ServiceTask.class).stream())
            .collect(
                Collectors.groupingBy(
                    task -> task.getSingleExtensionElement(ZeebeTaskDefinition.class).getType()));

    // then every job type has its worker, and every task retries
    assertThat(byType.keySet()).containsExactlyInAnyOrderElementsOf(JOB_TYPES);
    assertThat(byType.values().stream().flatMap(List::stream))
        .allSatisfy(
            task ->
                assertThat(
                        Integer.parseInt(
                            task.getSingleExtensionElement(ZeebeTaskDefinition.class).getRetries()))
                    .as("retries of %s", task.getId())
                    .isGreaterThanOrEqualTo(3));
    // the notice contract (TEAM.md): a local variable notice with every field the worker takes
    assertThat(byType.get(NotifyApplicantWorker.JOB_TYPE))
        .allSatisfy(
            task ->
                assertThat(input(task, "notice"))
                    .as("notice of %s", task.getId())
                    .contains(
                        "caseId:",
                        "recipientName:",
                        "mobile:",
                        "channel: if noticeChannel = \"sms\"",
                        "text:",
                        "subject:",
                        "policyClause: \"item 10."));
    // deadlines from engine time, as the calendar worker requires
    assertThat(byType.get(ComputeDeadlineWorker.JOB_TYPE))
        .allSatisfy(
            task -> assertThat(input(task, "deadline")).startsWith("={from: ").contains("period:"));
  }

  @Test
  void shouldTimeEveryTimerByADeadlineOfTheCalendar() {
    for (String processId : PROCESSES) {
      BpmnModelInstance model = read(processId);
      // given the variables the calendar tasks of this process set
      Set<String> deadlines =
          model.getModelElementsByType(ServiceTask.class).stream()
              .filter(task -> type(task).equals(ComputeDeadlineWorker.JOB_TYPE))
              .flatMap(task -> outputs(task).entrySet().stream())
              .filter(
                  output ->
                      output.getValue().equals("=dueAt") || output.getValue().equals("=remindAt"))
              .map(Map.Entry::getKey)
              .collect(Collectors.toSet());

      // then every timer reads one of them
      assertThat(model.getModelElementsByType(TimerEventDefinition.class))
          .as("timers of %s", processId)
          .isNotEmpty()
          .allSatisfy(
              timer -> {
                Matcher matcher = TIMER.matcher(timer.getTimeDate().getTextContent());
                assertThat(matcher.matches())
                    .as("timer %s", timer.getTimeDate().getTextContent())
                    .isTrue();
                assertThat(deadlines).contains(matcher.group(1));
              });
    }
  }

  @Test
  void shouldWatchEveryStageWithAReminderAndASupervisor() {
    for (String processId : PROCESSES) {
      // given the stage sub-processes (those holding event sub-processes)
      List<SubProcess> stages =
          read(processId).getModelElementsByType(SubProcess.class).stream()
              .filter(sub -> !sub.triggeredByEvent())
              .toList();

      // then each has a non-interrupting reminder and a non-interrupting supervision
      assertThat(stages).as("stages of %s", processId).isNotEmpty();
      for (SubProcess stage : stages) {
        List<SubProcess> watchers =
            stage.getChildElementsByType(SubProcess.class).stream()
                .filter(SubProcess::triggeredByEvent)
                .toList();
        assertThat(watchers)
            .extracting(BaseElement::getId)
            .as("event sub-processes of %s", stage.getId())
            .hasSize(2)
            .anyMatch(id -> id.endsWith("Reminder"))
            .anyMatch(id -> id.endsWith("Overdue"));
        assertThat(watchers)
            .flatExtracting(watcher -> watcher.getChildElementsByType(StartEvent.class))
            .allSatisfy(start -> assertThat(start.isInterrupting()).isFalse());
      }
    }
  }

  @Test
  void shouldRemindOnlyOfStagesWhosePeriodHasAReminder() {
    // given the period rows the reminders of the stages read
    Pattern stageOfReminder =
        Pattern.compile("periods\\[item\\.stage = \"([a-z-]+)\"]\\[1]\\.clause");
    List<String> remindedStages =
        PROCESSES.stream()
            .flatMap(id -> read(id).getModelElementsByType(ServiceTask.class).stream())
            .filter(task -> type(task).equals(RemindAssigneesWorker.JOB_TYPE))
            .map(task -> stageOfReminder.matcher(input(task, "reminder")))
            .filter(Matcher::find)
            .map(matcher -> matcher.group(1))
            .toList();

    // then each has reminder days in decision petition-periods
    assertThat(remindedStages)
        .containsExactlyInAnyOrder(
            "acceptance", "handling", "review-decision", "legal-aid-decision")
        .allSatisfy(
            stage ->
                assertThat(
                        DecisionTables.rule("petition-periods", "stage", stage)
                            .outputs()
                            .get("reminderDays"))
                    .as("reminderDays of %s", stage)
                    .matches("\\d+"));
  }

  @Test
  void shouldRouteEveryUserTaskWithAFormWhoseFieldsItMapsOut() throws IOException {
    for (String processId : PROCESSES) {
      for (UserTask task : read(processId).getModelElementsByType(UserTask.class)) {
        // given
        assertThat(task.getSingleExtensionElement(ZeebeUserTask.class)).isNotNull();
        String groups =
            task.getSingleExtensionElement(ZeebeAssignmentDefinition.class).getCandidateGroups();
        String formId = task.getSingleExtensionElement(ZeebeFormDefinition.class).getFormId();
        JsonNode form = JSON.readTree(RepositoryFiles.find("forms/" + formId + ".form").toFile());

        // when: the keys a user enters in the form
        List<String> editable =
            StreamSupport.stream(form.path("components").spliterator(), false)
                .filter(component -> component.has("key"))
                .filter(component -> !component.path("readonly").asBoolean())
                .map(component -> component.path("key").asText())
                .toList();

        // then the task goes to a department and keeps what the user entered
        assertThat(groups).as("candidate groups of %s", task.getId()).isNotBlank();
        assertThat(outputs(task).values())
            .as("output mappings of %s (form %s)", task.getId(), formId)
            .anySatisfy(source -> assertThat(source).isNotBlank());
        assertThat(editable)
            .as("fields of form %s that %s maps out", formId, task.getId())
            .allSatisfy(
                key ->
                    assertThat(outputs(task).values())
                        .anySatisfy(source -> assertThat(source).contains(key)));
      }
    }
  }

  @Test
  void shouldGiveEveryTaskWithAPeriodItsDueDate() {
    // when
    List<UserTask> scheduled =
        PROCESSES.stream()
            .flatMap(id -> read(id).getModelElementsByType(UserTask.class).stream())
            .filter(task -> !task.getId().startsWith("Task_Supervise"))
            .filter(task -> !task.getId().equals("Task_ReviewObjection"))
            .toList();

    // then
    assertThat(scheduled)
        .allSatisfy(
            task ->
                assertThat(task.getSingleExtensionElement(ZeebeTaskSchedule.class))
                    .as("task schedule of %s", task.getId())
                    .isNotNull()
                    .satisfies(
                        schedule -> assertThat(schedule.getDueDate()).matches("=\\w+DueAt")));
  }

  @Test
  void shouldSendTheSupervisionOfEveryOverdueStageToAGroupThatExists() {
    // when
    Set<String> supervisors =
        PROCESSES.stream()
            .flatMap(id -> read(id).getModelElementsByType(UserTask.class).stream())
            .filter(task -> task.getId().startsWith("Task_Supervise"))
            .map(
                task ->
                    task.getSingleExtensionElement(ZeebeAssignmentDefinition.class)
                        .getCandidateGroups())
            .collect(Collectors.toSet());

    // then: the Petitions Bureau, and the head of the legal aid agency
    assertThat(supervisors).containsExactlyInAnyOrder("petitions", "justice");
  }

  @Test
  void shouldCallTheHelpersWithoutLeakingTheirVariables() {
    // when
    List<CallActivity> calls =
        read("petition-handling").getModelElementsByType(CallActivity.class).stream().toList();

    // then
    assertThat(calls)
        .extracting(call -> call.getSingleExtensionElement(ZeebeCalledElement.class).getProcessId())
        .containsExactlyInAnyOrder("petition-legal-aid", "petition-review", "petition-review");
    assertThat(calls)
        .allSatisfy(
            call ->
                assertThat(
                        call.getSingleExtensionElement(ZeebeCalledElement.class)
                            .isPropagateAllChildVariablesEnabled())
                    .isFalse());
  }

  @Test
  void shouldCatchTheLegalAidWorkersErrorCode() {
    // when
    BoundaryEvent incomplete =
        read("petition-legal-aid").getModelElementById("BoundaryEvent_ApplicationIncomplete");
    ErrorEventDefinition error =
        (ErrorEventDefinition) incomplete.getEventDefinitions().iterator().next();

    // then
    assertThat(error.getError().getErrorCode())
        .isEqualTo(ApplyForLegalAidWorker.APPLICATION_INCOMPLETE);
    assertThat(incomplete.getAttachedTo().getId()).isEqualTo("Task_ApplyForLegalAid");
  }

  @Test
  void shouldLookUpOnlyDecisionsThatExist() {
    // when
    Set<String> decisions =
        PROCESSES.stream()
            .flatMap(id -> read(id).getModelElementsByType(ZeebeCalledDecision.class).stream())
            .map(ZeebeCalledDecision::getDecisionId)
            .collect(Collectors.toSet());

    // then
    assertThat(decisions)
        .containsExactlyInAnyOrder("petition-periods", "petition-bodies", "petition-review-bodies")
        .allSatisfy(id -> assertThat(DecisionTables.rules(id)).isNotEmpty());
  }

  @Test
  void shouldStartFromTheIntakeFormAndDocumentTheStartVariables() {
    // when
    StartEvent start = read("petition-handling").getModelElementById("StartEvent_PetitionReceived");

    // then
    assertThat(start.getSingleExtensionElement(ZeebeFormDefinition.class).getFormId())
        .isEqualTo("petition-intake");
    assertThat(start.getDocumentations())
        .singleElement()
        .extracting(documentation -> documentation.getTextContent())
        .asString()
        .contains(
            "petitioner", "noticeChannel", "receivedBy", "petitionSummary", "petitionContent");
  }

  private static String type(ServiceTask task) {
    return task.getSingleExtensionElement(ZeebeTaskDefinition.class).getType();
  }
}
