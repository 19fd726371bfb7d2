package org.tongxing.app.monitoring.instances;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.ElementInstanceState;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.filter.ProcessInstanceFilter;
import io.camunda.client.api.search.response.ProcessInstance;
import io.camunda.client.api.search.response.SearchResponse;
import io.camunda.client.api.search.sort.ProcessInstanceSort;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import org.tongxing.app.monitoring.CaseFacts;
import org.tongxing.app.monitoring.CaseScope;
import org.tongxing.app.monitoring.CaseTextFilter;
import org.tongxing.app.monitoring.CursorProblems;
import org.tongxing.app.monitoring.IdentityMask;
import org.tongxing.app.monitoring.ListPage;
import org.tongxing.app.monitoring.Moments;
import org.tongxing.app.monitoring.MonitoringProperties;
import org.tongxing.app.monitoring.VariablePath;
import org.tongxing.app.monitoring.Viewer;
import org.tongxing.app.monitoring.VisibleCases;

/**
 * Runs an instance search through the client: the filters of the process instance search, the
 * case's facts as variable filters, and the departments (holding the case, or the supervisor's) as
 * the instances of their tasks.
 */
@Component
public class InstanceSearch {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final CamundaClient client;
  private final CaseScope scope;
  private final CaseFacts facts;
  private final MonitoringProperties properties;

  public InstanceSearch(
      CamundaClient client, CaseScope scope, CaseFacts facts, MonitoringProperties properties) {
    this.client = client;
    this.scope = scope;
    this.facts = facts;
    this.properties = properties;
  }

  public InstancePage search(InstanceQuery query, Viewer viewer, Locale locale) {
    VisibleCases visible = scope.visibleCases(viewer);
    if (query.department() != null) {
      VisibleCases held = scope.casesOf(Set.of(query.department()), UserTaskState.CREATED);
      visible = intersection(visible, held);
    }
    if (visible.none()) {
      return InstancePage.empty(visible.truncated());
    }
    List<CaseTextFilter.Wanted> wanted = wantedFacts(query);
    VisibleCases within = visible;
    int size = properties.pageSize();
    SearchResponse<ProcessInstance> response =
        CursorProblems.read(
            query.position(),
            () ->
                client
                    .newProcessInstanceSearchRequest()
                    .filter(filter -> apply(query, within, wanted, filter))
                    .sort(sort -> sort(query, sort))
                    .page(page -> query.position().apply(page, size))
                    .execute());
    Map<Long, CaseFacts.Facts> known =
        facts.of(response.items().stream().map(ProcessInstance::getProcessInstanceKey).toList());
    Moments moments = new Moments(properties.timeZone(), locale);
    List<InstanceRow> rows = new ArrayList<>();
    for (ProcessInstance instance : response.items()) {
      CaseFacts.Facts fact =
          known.getOrDefault(instance.getProcessInstanceKey(), CaseFacts.Facts.NONE);
      rows.add(
          new InstanceRow(
              instance.getProcessInstanceKey(),
              instance.getProcessDefinitionId(),
              instance.getProcessDefinitionName() == null
                  ? instance.getProcessDefinitionId()
                  : instance.getProcessDefinitionName(),
              instance.getProcessDefinitionVersion() == null
                  ? 0
                  : instance.getProcessDefinitionVersion(),
              instance.getState() == null ? "" : instance.getState().name(),
              Boolean.TRUE.equals(instance.getHasIncident()),
              moments.time(instance.getStartDate()),
              moments.time(instance.getEndDate()),
              fact.caseNumber(),
              IdentityMask.mask(fact.applicant() != null ? fact.applicant() : fact.employer()),
              fact.county()));
    }
    return new InstancePage(
        ListPage.of(rows, response, query.position(), size), visible.truncated());
  }

  private List<CaseTextFilter.Wanted> wantedFacts(InstanceQuery query) {
    MonitoringProperties.CaseFields fields = properties.caseFields();
    List<CaseTextFilter.Wanted> wanted = new ArrayList<>();
    if (query.caseNumber() != null) {
      wanted.add(
          new CaseTextFilter.Wanted(
              VariablePath.parseAll(fields.caseNumber()), query.caseNumber(), false));
    }
    if (query.county() != null) {
      wanted.add(
          new CaseTextFilter.Wanted(VariablePath.parseAll(fields.county()), query.county(), false));
    }
    if (query.applicant() != null) {
      List<VariablePath> places = new ArrayList<>(VariablePath.parseAll(fields.applicantName()));
      places.addAll(VariablePath.parseAll(fields.applicantIdNumber()));
      places.addAll(VariablePath.parseAll(fields.employer()));
      wanted.add(new CaseTextFilter.Wanted(places, query.applicant(), true));
    }
    return wanted;
  }

  private static void apply(
      InstanceQuery query,
      VisibleCases visible,
      List<CaseTextFilter.Wanted> wanted,
      ProcessInstanceFilter filter) {
    if (query.process() != null) {
      filter.processDefinitionId(query.process());
    }
    if (query.version() != null) {
      filter.processDefinitionVersion(query.version());
    }
    if (query.state() != null) {
      filter.state(query.state());
    }
    if (query.startedFrom() != null || query.startedBefore() != null) {
      filter.startDate(
          date -> {
            if (query.startedFrom() != null) {
              date.gte(query.startedFrom());
            }
            if (query.startedBefore() != null) {
              date.lt(query.startedBefore());
            }
          });
    }
    if (query.endedFrom() != null || query.endedBefore() != null) {
      filter.endDate(
          date -> {
            if (query.endedFrom() != null) {
              date.gte(query.endedFrom());
            }
            if (query.endedBefore() != null) {
              date.lt(query.endedBefore());
            }
          });
    }
    if (query.step() != null) {
      // at the step now: one element instance of it is active, and has the incident if asked
      filter.elementId(query.step()).elementInstanceState(ElementInstanceState.ACTIVE);
      if (Boolean.TRUE.equals(query.incidents())) {
        filter.hasElementInstanceIncident(true);
      } else if (query.incidents() != null) {
        filter.hasIncident(false);
      }
    } else if (query.incidents() != null) {
      filter.hasIncident(query.incidents());
    }
    if (query.error() != null) {
      // an open incident's message holds the text
      filter.errorMessage(message -> message.like("*" + query.error() + "*"));
    }
    if (query.variable() != null && query.value() != null) {
      String value = asJson(query.value());
      filter.variables(
          List.<Consumer<io.camunda.client.api.search.filter.VariableValueFilter>>of(
              variable -> variable.name(query.variable()).value(value)));
    }
    if (!visible.all()) {
      List<Long> keys = new ArrayList<>(visible.keys());
      filter.processInstanceKey(key -> key.in(keys));
    }
    List<Consumer<io.camunda.client.api.search.filter.ProcessInstanceFilterBase>> alternatives =
        CaseTextFilter.alternatives(wanted);
    if (!alternatives.isEmpty()) {
      filter.orFilters(alternatives);
    }
  }

  private static void sort(InstanceQuery query, ProcessInstanceSort sort) {
    ProcessInstanceSort field =
        switch (query.sort()) {
          case "endDate" -> sort.endDate();
          case "processDefinitionId" -> sort.processDefinitionId();
          case "state" -> sort.state();
          case "processInstanceKey" -> sort.processInstanceKey();
          default -> sort.startDate();
        };
    if (query.descending()) {
      field.desc();
    } else {
      field.asc();
    }
  }

  /** A value as typed: JSON when it is JSON (a number, true, an object), else a string. */
  static String asJson(String text) {
    try {
      JSON.reader()
          .with(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .readTree(text);
      return text;
    } catch (Exception notJson) {
      return VariablePath.quoted(text);
    }
  }

  private static VisibleCases intersection(VisibleCases visible, VisibleCases held) {
    if (visible.all()) {
      return held;
    }
    Set<Long> keys = new LinkedHashSet<>(held.keys());
    keys.retainAll(new HashSet<>(visible.keys()));
    return new VisibleCases(false, keys, visible.truncated() || held.truncated());
  }
}
