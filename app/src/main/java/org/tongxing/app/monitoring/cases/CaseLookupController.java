package org.tongxing.app.monitoring.cases;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.filter.ProcessInstanceFilterBase;
import io.camunda.client.api.search.response.ProcessInstance;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.tongxing.app.monitoring.CaseFacts;
import org.tongxing.app.monitoring.CaseScope;
import org.tongxing.app.monitoring.CaseTextFilter;
import org.tongxing.app.monitoring.FieldProblem;
import org.tongxing.app.monitoring.IdentityMask;
import org.tongxing.app.monitoring.InvalidCriteriaException;
import org.tongxing.app.monitoring.Moments;
import org.tongxing.app.monitoring.MonitoringProperties;
import org.tongxing.app.monitoring.VariablePath;
import org.tongxing.app.monitoring.Viewer;
import org.tongxing.app.monitoring.VisibleCases;
import org.tongxing.app.monitoring.instances.InstanceDetails;
import org.tongxing.app.monitoring.instances.InstanceView;

/**
 * 办件查询: find a case by its number, its applicant (name or ID number) or its employer, across every
 * process, and tell its course in plain sentences.
 */
@Controller
class CaseLookupController {

  private static final int MOST_RESULTS = 50;

  /** A case found. */
  record Found(
      long key,
      String processName,
      String caseNumber,
      String applicant,
      String state,
      boolean incident,
      org.tongxing.app.tasklist.DisplayTime started) {}

  private final CamundaClient client;
  private final CaseScope scope;
  private final CaseFacts facts;
  private final InstanceDetails details;
  private final MonitoringProperties properties;
  private final MessageSource messages;

  CaseLookupController(
      CamundaClient client,
      CaseScope scope,
      CaseFacts facts,
      InstanceDetails details,
      MonitoringProperties properties,
      MessageSource messages) {
    this.client = client;
    this.scope = scope;
    this.facts = facts;
    this.details = details;
    this.properties = properties;
    this.messages = messages;
  }

  @GetMapping("/monitoring/cases")
  String lookUp(
      @RequestParam(required = false) String q,
      Authentication authentication,
      Locale locale,
      Model model) {
    model.addAttribute("q", q);
    model.addAttribute("section", "cases");
    model.addAttribute("problems", List.of());
    if (q == null || q.isBlank()) {
      return "monitoring/cases";
    }
    Viewer viewer = Viewer.of(authentication);
    VisibleCases visible = scope.visibleCases(viewer);
    List<Found> found = new ArrayList<>();
    try {
      if (!visible.none()) {
        found = search(q.trim(), visible, locale);
      }
    } catch (InvalidCriteriaException e) {
      model.addAttribute(
          "problems",
          List.of(new FieldProblem("q", e.messageCode(), String.valueOf(e.argument()))));
      return "monitoring/cases";
    }
    model.addAttribute("found", found);
    return "monitoring/cases";
  }

  @GetMapping("/monitoring/cases/{key}")
  String show(@PathVariable long key, Authentication authentication, Locale locale, Model model) {
    Viewer viewer = Viewer.of(authentication);
    details.instance(key);
    scope.requireVisible(viewer, key);
    InstanceView instance = details.assemble(key, false, false, locale);
    model.addAttribute("instance", instance);
    model.addAttribute("lines", PlainTimeline.of(instance.timeline(), messages, locale));
    model.addAttribute("section", "cases");
    return "monitoring/case";
  }

  private List<Found> search(String text, VisibleCases visible, Locale locale) {
    MonitoringProperties.CaseFields fields = properties.caseFields();
    List<Consumer<ProcessInstanceFilterBase>> alternatives = new ArrayList<>();
    alternatives.addAll(
        CaseTextFilter.alternatives(
            List.of(
                new CaseTextFilter.Wanted(
                    VariablePath.parseAll(fields.caseNumber()), text, false))));
    List<VariablePath> people = new ArrayList<>(VariablePath.parseAll(fields.applicantName()));
    people.addAll(VariablePath.parseAll(fields.applicantIdNumber()));
    people.addAll(VariablePath.parseAll(fields.employer()));
    alternatives.addAll(
        CaseTextFilter.alternatives(List.of(new CaseTextFilter.Wanted(people, text, true))));
    List<ProcessInstance> instances =
        client
            .newProcessInstanceSearchRequest()
            .filter(
                filter -> {
                  if (!visible.all()) {
                    filter.processInstanceKey(key -> key.in(new ArrayList<>(visible.keys())));
                  }
                  filter.orFilters(alternatives);
                })
            .sort(sort -> sort.startDate().desc())
            .page(page -> page.limit(MOST_RESULTS))
            .execute()
            .items();
    Map<Long, CaseFacts.Facts> known =
        facts.of(instances.stream().map(ProcessInstance::getProcessInstanceKey).toList());
    Moments moments = new Moments(properties.timeZone(), locale);
    return instances.stream()
        .map(
            instance -> {
              CaseFacts.Facts fact =
                  known.getOrDefault(instance.getProcessInstanceKey(), CaseFacts.Facts.NONE);
              return new Found(
                  instance.getProcessInstanceKey(),
                  instance.getProcessDefinitionName() == null
                      ? instance.getProcessDefinitionId()
                      : instance.getProcessDefinitionName(),
                  fact.caseNumber(),
                  IdentityMask.mask(fact.applicant() != null ? fact.applicant() : fact.employer()),
                  instance.getState() == null ? "" : instance.getState().name(),
                  Boolean.TRUE.equals(instance.getHasIncident()),
                  moments.time(instance.getStartDate()));
            })
        .toList();
  }
}
