package org.tongxing.engine.model.transform;

import io.camunda.zeebe.model.bpmn.instance.BaseElement;
import io.camunda.zeebe.model.bpmn.instance.ServiceTask;
import io.camunda.zeebe.model.bpmn.instance.UserTask;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeAssignmentDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeFormDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeHeader;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebePriorityDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskHeaders;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskSchedule;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeUserTask;
import java.util.LinkedHashMap;
import java.util.Map;
import org.tongxing.engine.model.executable.ExecutableFlowNode;
import org.tongxing.engine.model.executable.ExecutableJobWorkerTask;
import org.tongxing.engine.model.executable.ExecutableUserTask;
import org.tongxing.engine.record.BpmnElementType;

/** Service tasks (jobs) and Camunda user tasks. */
final class TaskTransformers {

  /** Zeebe's default when {@code zeebe:taskDefinition} sets no retries. */
  private static final String DEFAULT_RETRIES = "3";

  private TaskTransformers() {}

  static ExecutableFlowNode serviceTask(ServiceTask task, TransformContext context) {
    return jobWorkerTask(task, BpmnElementType.SERVICE_TASK, context);
  }

  static ExecutableFlowNode sendTask(
      io.camunda.zeebe.model.bpmn.instance.SendTask task, TransformContext context) {
    return jobWorkerTask(task, BpmnElementType.SEND_TASK, context);
  }

  /** A DMN decision when it calls one, otherwise a job for a worker. */
  static ExecutableFlowNode businessRuleTask(
      io.camunda.zeebe.model.bpmn.instance.BusinessRuleTask task, TransformContext context) {
    var called =
        task.getSingleExtensionElement(
            io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeCalledDecision.class);
    if (called == null) {
      return jobWorkerTask(task, BpmnElementType.BUSINESS_RULE_TASK, context);
    }
    if (called.getResultVariable() == null || called.getResultVariable().isBlank()) {
      context.problem(
          task.getId(),
          "Expected a result variable for the decision '"
              + called.getDecisionId()
              + "', but none is set");
      return null;
    }
    var decisionId = context.attribute(task.getId(), "decisionId", called.getDecisionId());
    return decisionId == null
        ? null
        : new org.tongxing.engine.model.executable.ExecutableBusinessRuleTask(
            task.getId(), task.getName(), decisionId, called.getResultVariable());
  }

  static ExecutableFlowNode callActivity(
      io.camunda.zeebe.model.bpmn.instance.CallActivity activity, TransformContext context) {
    var called =
        activity.getSingleExtensionElement(
            io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeCalledElement.class);
    if (called == null || called.getProcessId() == null || called.getProcessId().isBlank()) {
      context.problem(
          activity.getId(),
          "Expected a called process id (zeebe:calledElement" + " processId), but found none");
      return null;
    }
    var processId = context.attribute(activity.getId(), "processId", called.getProcessId());
    return processId == null
        ? null
        : new org.tongxing.engine.model.executable.ExecutableCallActivity(
            activity.getId(),
            activity.getName(),
            processId,
            called.isPropagateAllChildVariablesEnabled(),
            called.isPropagateAllParentVariablesEnabled());
  }

  /** A FEEL expression when it has one, otherwise a job for a worker. */
  static ExecutableFlowNode scriptTask(
      io.camunda.zeebe.model.bpmn.instance.ScriptTask task, TransformContext context) {
    var script =
        task.getSingleExtensionElement(
            io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeScript.class);
    if (script == null) {
      return jobWorkerTask(task, BpmnElementType.SCRIPT_TASK, context);
    }
    if (script.getResultVariable() == null || script.getResultVariable().isBlank()) {
      context.problem(task.getId(), "Expected a result variable for the script, but none is set");
      return null;
    }
    var expression = context.feelAttribute(task.getId(), "script", script.getExpression());
    return expression == null
        ? null
        : new org.tongxing.engine.model.executable.ExecutableScriptTask(
            task.getId(), task.getName(), expression, script.getResultVariable());
  }

  /** A message throw event: Camunda 8 has a job worker send the message. */
  static ExecutableFlowNode jobWorkerEvent(
      io.camunda.zeebe.model.bpmn.instance.FlowNode event,
      BpmnElementType type,
      TransformContext context) {
    return jobWorkerTask(event, type, context);
  }

  private static ExecutableFlowNode jobWorkerTask(
      io.camunda.zeebe.model.bpmn.instance.FlowNode task,
      BpmnElementType type,
      TransformContext context) {
    ExecutableJobWorkerTask executable =
        new ExecutableJobWorkerTask(task.getId(), task.getName(), type);
    ZeebeTaskDefinition definition = task.getSingleExtensionElement(ZeebeTaskDefinition.class);
    if (definition == null || definition.getType() == null || definition.getType().isBlank()) {
      context.problem(
          task.getId(), "Expected a zeebe:taskDefinition with a job type, but found none");
      return null;
    }
    executable.setJobType(context.attribute(task.getId(), "job type", definition.getType()));
    String retries = definition.getRetries() != null ? definition.getRetries() : DEFAULT_RETRIES;
    executable.setRetries(context.attribute(task.getId(), "retries", retries));
    executable.setTaskHeaders(headers(task));
    return executable;
  }

  static ExecutableFlowNode userTask(UserTask task, TransformContext context) {
    if (task.getSingleExtensionElement(ZeebeUserTask.class) == null) {
      context.problem(
          task.getId(),
          "Expected a Camunda user task (<zeebe:userTask/>), but this is a job-based user task,"
              + " which Tongxing does not run (Camunda deprecated it in 8.6)");
      return null;
    }
    ExecutableUserTask executable = new ExecutableUserTask(task.getId(), task.getName());
    String id = task.getId();
    ZeebeAssignmentDefinition assignment =
        task.getSingleExtensionElement(ZeebeAssignmentDefinition.class);
    if (assignment != null) {
      executable.setAssignee(context.attribute(id, "assignee", assignment.getAssignee()));
      executable.setCandidateGroups(
          context.attribute(id, "candidateGroups", assignment.getCandidateGroups()));
      executable.setCandidateUsers(
          context.attribute(id, "candidateUsers", assignment.getCandidateUsers()));
    }
    ZeebeTaskSchedule schedule = task.getSingleExtensionElement(ZeebeTaskSchedule.class);
    if (schedule != null) {
      executable.setDueDate(context.attribute(id, "dueDate", schedule.getDueDate()));
      executable.setFollowUpDate(context.attribute(id, "followUpDate", schedule.getFollowUpDate()));
    }
    ZeebePriorityDefinition priority =
        task.getSingleExtensionElement(ZeebePriorityDefinition.class);
    if (priority != null) {
      executable.setPriority(context.attribute(id, "priority", priority.getPriority()));
    }
    ZeebeFormDefinition form = task.getSingleExtensionElement(ZeebeFormDefinition.class);
    if (form != null) {
      executable.setFormId(blankToNull(form.getFormId()));
      executable.setExternalFormReference(blankToNull(form.getExternalReference()));
      if (form.getFormKey() != null && !form.getFormKey().isBlank()) {
        context.problem(
            id,
            "Expected a linked form (formId) or an external reference, but found an embedded"
                + " form key '"
                + form.getFormKey()
                + "', which Camunda user tasks do not support");
      }
    }
    executable.setTaskHeaders(headers(task));
    TaskListenerTransformer.transform(task, executable, context);
    return executable;
  }

  private static Map<String, String> headers(BaseElement element) {
    ZeebeTaskHeaders headers = element.getSingleExtensionElement(ZeebeTaskHeaders.class);
    if (headers == null) {
      return Map.of();
    }
    Map<String, String> result = new LinkedHashMap<>();
    for (ZeebeHeader header : headers.getHeaders()) {
      if (header.getKey() != null && header.getValue() != null) {
        result.put(header.getKey(), header.getValue());
      }
    }
    return result;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
