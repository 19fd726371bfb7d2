package org.tongxing.app.monitoring.incidents;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.ProcessInstanceState;
import io.camunda.client.api.search.filter.ProcessInstanceFilter;
import io.camunda.client.api.search.filter.ProcessInstanceFilterBase;
import io.camunda.client.api.search.response.ProcessInstance;
import io.camunda.client.api.search.response.SearchResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import org.tongxing.app.monitoring.BureauSystems;
import org.tongxing.app.monitoring.CaseFacts;
import org.tongxing.app.monitoring.CursorProblems;
import org.tongxing.app.monitoring.IncidentReader;
import org.tongxing.app.monitoring.InvalidCriteriaException;
import org.tongxing.app.monitoring.ListPage;
import org.tongxing.app.monitoring.ListPosition;
import org.tongxing.app.monitoring.Moments;
import org.tongxing.app.monitoring.MonitoringProperties;
import org.tongxing.app.monitoring.ProcessCatalog;
import org.tongxing.app.monitoring.ProcessModel;
import org.tongxing.app.monitoring.ProcessModels;
import org.tongxing.app.monitoring.VisibleCases;
import org.tongxing.app.monitoring.instances.IncidentRow;
import org.tongxing.app.monitoring.instances.InstanceDetails;

/**
 * The cases with open incidents, a page at a time with the search's cursors, newest case first,
 * each with its incidents. Every filter is the search side's, so a page is full and any page can be
 * reached: the viewer's cases ({@code processInstanceKey $in}), the process, an open incident's
 * message ({@code errorMessage $like}), and the bureau system as the elements whose job calls it
 * ({@code elementId} with {@code hasElementInstanceIncident} of the same element instance).
 */
@Component
class IncidentCases {

  private final CamundaClient client;
  private final IncidentReader reader;
  private final CaseFacts facts;
  private final ProcessModels models;
  private final BureauSystems bureaus;
  private final MonitoringProperties properties;

  IncidentCases(
      CamundaClient client,
      IncidentReader reader,
      CaseFacts facts,
      ProcessModels models,
      BureauSystems bureaus,
      MonitoringProperties properties) {
    this.client = client;
    this.reader = reader;
    this.facts = facts;
    this.models = models;
    this.bureaus = bureaus;
    this.properties = properties;
  }

  ListPage<IncidentRow> page(
      IncidentCriteria criteria,
      VisibleCases visible,
      List<ProcessCatalog.Process> processes,
      Moments moments) {
    String error = criteria.errorOrNull();
    if (error != null && (error.indexOf('*') >= 0 || error.indexOf('?') >= 0)) {
      throw new InvalidCriteriaException("error", "monitoring.error.wildcard", error);
    }
    List<Consumer<ProcessInstanceFilterBase>> atBureau = List.of();
    if (criteria.bureauOrNull() != null) {
      atBureau = bureauAlternatives(criteria, processes);
      if (atBureau.isEmpty()) {
        return ListPage.empty(); // no deployed step calls it
      }
    }
    if (visible.none()) {
      return ListPage.empty();
    }
    ListPosition position = criteria.position();
    int size = properties.pageSize();
    List<Consumer<ProcessInstanceFilterBase>> alternatives = atBureau;
    SearchResponse<ProcessInstance> cases =
        CursorProblems.read(
            position,
            () ->
                client
                    .newProcessInstanceSearchRequest()
                    .filter(filter -> apply(filter, criteria, visible, alternatives))
                    .sort(sort -> sort.startDate().desc().processInstanceKey().desc())
                    .page(page -> position.apply(page, size))
                    .execute());
    List<Long> keys = cases.items().stream().map(ProcessInstance::getProcessInstanceKey).toList();
    Map<Long, CaseFacts.Facts> known = facts.of(keys);
    List<IncidentRow> rows = new ArrayList<>();
    for (IncidentReader.Failure failure : reader.ofCases(keys)) {
      var incident = failure.incident();
      IncidentRow row =
          InstanceDetails.incidentRow(
              failure,
              ProcessCatalog.nameOf(processes, incident.getProcessDefinitionId()),
              known
                  .getOrDefault(incident.getProcessInstanceKey(), CaseFacts.Facts.NONE)
                  .caseNumber(),
              models.of(incident.getProcessDefinitionKey()),
              bureaus,
              moments);
      if (criteria.matches(row.bureau(), row.errorMessage())) {
        rows.add(row);
      }
    }
    return ListPage.of(rows, cases, position, size);
  }

  private static void apply(
      ProcessInstanceFilter filter,
      IncidentCriteria criteria,
      VisibleCases visible,
      List<Consumer<ProcessInstanceFilterBase>> atBureau) {
    filter.state(ProcessInstanceState.ACTIVE).hasIncident(true);
    if (criteria.processOrNull() != null) {
      filter.processDefinitionId(criteria.processOrNull());
    }
    if (criteria.errorOrNull() != null) {
      filter.errorMessage(message -> message.like("*" + criteria.errorOrNull() + "*"));
    }
    if (!visible.all()) {
      List<Long> keys = new ArrayList<>(visible.keys());
      filter.processInstanceKey(key -> key.in(keys));
    }
    if (!atBureau.isEmpty()) {
      filter.orFilters(atBureau);
    }
  }

  /**
   * Per process, the steps whose job type names the bureau (over every deployed version): an
   * alternative "failed at one of these steps of this process".
   */
  private List<Consumer<ProcessInstanceFilterBase>> bureauAlternatives(
      IncidentCriteria criteria, List<ProcessCatalog.Process> processes) {
    Map<String, Set<String>> stepsByProcess = new LinkedHashMap<>();
    for (ProcessCatalog.Process process : processes) {
      if (criteria.processOrNull() != null && !process.id().equals(criteria.processOrNull())) {
        continue;
      }
      for (ProcessCatalog.Version version : process.versions()) {
        for (ProcessModel.Step step : models.of(version.key()).steps()) {
          if (criteria.bureauOrNull().equals(bureaus.ofJobType(step.jobType()))) {
            stepsByProcess
                .computeIfAbsent(process.id(), id -> new LinkedHashSet<>())
                .add(step.id());
          }
        }
      }
    }
    List<Consumer<ProcessInstanceFilterBase>> alternatives = new ArrayList<>();
    stepsByProcess.forEach(
        (processId, steps) -> {
          List<String> ids = List.copyOf(steps);
          alternatives.add(
              alternative ->
                  alternative
                      .processDefinitionId(processId)
                      .elementId(element -> element.in(ids))
                      .hasElementInstanceIncident(true));
        });
    return alternatives;
  }
}
