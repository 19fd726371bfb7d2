package org.tongxing.app.monitoring.incidents;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientException;
import io.camunda.client.api.search.response.Incident;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.tongxing.app.casehistory.CaseAction;
import org.tongxing.app.casehistory.CaseHistory;
import org.tongxing.app.casehistory.CaseHistoryEntry;
import org.tongxing.app.monitoring.CaseFacts;
import org.tongxing.app.monitoring.CaseScope;
import org.tongxing.app.monitoring.MonitoringProperties;
import org.tongxing.app.monitoring.ProcessModels;
import org.tongxing.app.monitoring.Viewer;

/**
 * Retries what failed once its cause is fixed, through the client: a failed job gets retries again
 * ({@code tongxing.monitoring.retries-after-fix}), then the incident is resolved, so the worker
 * picks the job up again; an incident without a job (an expression that failed) is resolved alone.
 * Each retry is recorded in the case's history.
 */
@Component
public class IncidentRetry {

  private static final Logger LOG = LoggerFactory.getLogger(IncidentRetry.class);

  /** What became of the retries asked for. */
  public record Outcome(List<Long> retried, List<Long> refused) {}

  private final CamundaClient client;
  private final CaseScope scope;
  private final CaseFacts facts;
  private final CaseHistory history;
  private final ProcessModels models;
  private final MonitoringProperties properties;

  public IncidentRetry(
      CamundaClient client,
      CaseScope scope,
      CaseFacts facts,
      CaseHistory history,
      ProcessModels models,
      MonitoringProperties properties) {
    this.client = client;
    this.scope = scope;
    this.facts = facts;
    this.history = history;
    this.models = models;
    this.properties = properties;
  }

  public Outcome retry(Viewer viewer, List<Long> incidentKeys) {
    List<Long> retried = new ArrayList<>();
    List<Long> refused = new ArrayList<>();
    for (long key : incidentKeys) {
      Incident incident;
      try {
        incident = client.newIncidentGetRequest(key).execute();
      } catch (ClientException e) {
        LOG.info("Incident {} cannot be read for a retry: {}", key, e.getMessage());
        refused.add(key);
        continue;
      }
      // the viewer's rights are checked per case, whatever the form sent
      scope.requireVisible(viewer, incident.getProcessInstanceKey());
      try {
        if (incident.getJobKey() != null) {
          client
              .newUpdateRetriesCommand(incident.getJobKey())
              .retries(properties.retriesAfterFix())
              .execute();
        }
        client.newResolveIncidentCommand(key).execute();
      } catch (ClientException e) {
        LOG.info("Retry of incident {} refused: {}", key, e.getMessage());
        refused.add(key);
        continue;
      }
      retried.add(key);
      record(viewer, incident);
    }
    return new Outcome(retried, refused);
  }

  private void record(Viewer viewer, Incident incident) {
    String stepName = models.of(incident.getProcessDefinitionKey()).nameOf(incident.getElementId());
    history.record(
        new CaseHistoryEntry(
            null,
            incident.getProcessInstanceKey(),
            facts.of(incident.getProcessInstanceKey()).caseNumber(),
            incident.getProcessDefinitionId(),
            null,
            incident.getElementId(),
            stepName,
            CaseAction.INCIDENT_RESOLVED,
            viewer.username(),
            viewer.displayName(),
            null,
            incident.getErrorMessage(),
            "{\"incidentKey\":\""
                + incident.getIncidentKey()
                + "\""
                + (incident.getJobKey() == null
                    ? ""
                    : ",\"jobKey\":\"" + incident.getJobKey() + "\"")
                + ",\"retries\":"
                + (incident.getJobKey() == null ? 0 : properties.retriesAfterFix())
                + "}",
            OffsetDateTime.now()));
  }
}
