package org.tongxing.app.monitoring;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.IncidentState;
import io.camunda.client.api.search.filter.IncidentFilter;
import io.camunda.client.api.search.response.Incident;
import io.camunda.client.api.search.response.Job;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/** Open incidents and the jobs behind them (type, retries, the worker's message). */
@Component
public class IncidentReader {

  private static final int MOST_INCIDENTS = 5000;

  /** A case rarely has more open incidents than this (one per failed step). */
  private static final int MOST_PER_CASE = 100;

  private static final int JOBS_PER_SEARCH = 200;

  /** An incident with its job, when it has one. */
  public record Failure(Incident incident, Job job) {}

  private final CamundaClient client;

  public IncidentReader(CamundaClient client) {
    this.client = client;
  }

  /** The open incidents the criteria select, newest first. */
  public List<Failure> open(Consumer<IncidentFilter> criteria) {
    return newest(criteria).items();
  }

  /**
   * The newest open incidents the criteria select, up to a bound; {@code truncated} says whether
   * there were more.
   */
  public SearchPaging.Items<Failure> newest(Consumer<IncidentFilter> criteria) {
    SearchPaging.Items<Incident> incidents =
        SearchPaging.upTo(
            MOST_INCIDENTS,
            page ->
                client
                    .newIncidentSearchRequest()
                    .filter(
                        filter -> {
                          filter.state(IncidentState.ACTIVE);
                          criteria.accept(filter);
                        })
                    .sort(sort -> sort.creationTime().desc().incidentKey().desc())
                    .page(page)
                    .execute());
    return new SearchPaging.Items<>(withJobs(incidents.items()), incidents.truncated());
  }

  /**
   * The open incidents of these cases, case by case in the order given (the incident search takes
   * one process instance key per filter).
   */
  public List<Failure> ofCases(Collection<Long> processInstanceKeys) {
    List<Incident> incidents = new ArrayList<>();
    for (long key : processInstanceKeys) {
      incidents.addAll(
          client
              .newIncidentSearchRequest()
              .filter(filter -> filter.state(IncidentState.ACTIVE).processInstanceKey(key))
              .sort(sort -> sort.creationTime().desc().incidentKey().desc())
              .page(page -> page.limit(MOST_PER_CASE))
              .execute()
              .items());
    }
    return withJobs(incidents);
  }

  private List<Failure> withJobs(List<Incident> incidents) {
    List<Long> jobKeys =
        incidents.stream().map(Incident::getJobKey).filter(Objects::nonNull).toList();
    Map<Long, Job> jobs = new HashMap<>();
    for (List<Long> chunk : SearchPaging.chunks(jobKeys, JOBS_PER_SEARCH)) {
      client
          .newJobSearchRequest()
          .filter(filter -> filter.jobKey(key -> key.in(chunk)))
          .page(page -> page.limit(chunk.size()))
          .execute()
          .items()
          .forEach(job -> jobs.put(job.getJobKey(), job));
    }
    List<Failure> failures = new ArrayList<>();
    for (Incident incident : incidents) {
      failures.add(
          new Failure(
              incident, incident.getJobKey() == null ? null : jobs.get(incident.getJobKey())));
    }
    return failures;
  }
}
