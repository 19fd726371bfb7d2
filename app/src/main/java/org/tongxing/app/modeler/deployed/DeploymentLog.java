package org.tongxing.app.modeler.deployed;

import io.camunda.client.api.response.DeploymentEvent;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.tongxing.app.modeler.draft.Author;
import org.tongxing.app.modeler.resource.ModelFile;
import org.tongxing.app.modeler.resource.ModelFiles;
import org.tongxing.app.modeler.resource.ModelKind;
import org.tongxing.app.modeler.resource.ModelSummary;
import org.tongxing.app.persistence.AppDatabase;

/**
 * Every deployment the app made, in the app's database: the modeler's (who, when, why) and the
 * start-up's. Also the one place that knows deployed forms, since the Camunda API cannot list them.
 */
@Component
public class DeploymentLog {

  static final int MAX_REASON = 4000;

  private static final String COLUMNS =
      "id, deployment_key, source, draft_id, draft_version,"
          + " deployed_by, deployed_by_name, reason, changes, deployed_at";
  private static final String RESOURCE_COLUMNS =
      "file_name, kind, resource_id, resource_key, version, checksum, content";

  private final AppDatabase database;

  public DeploymentLog(AppDatabase database) {
    this.database = database;
  }

  /** The files as the engine answered their deployment: keys and versions from the event. */
  public static List<DeployedResource> resources(List<ModelFile> files, DeploymentEvent event) {
    return files.stream()
        .map(
            file -> {
              ModelSummary summary = ModelFiles.summarize(file);
              Long key = null;
              Integer version = null;
              switch (file.kind()) {
                case BPMN -> {
                  var process =
                      event.getProcesses().stream()
                          .filter(p -> p.getBpmnProcessId().equals(summary.resourceId()))
                          .findFirst();
                  key = process.map(p -> p.getProcessDefinitionKey()).orElse(null);
                  version = process.map(p -> p.getVersion()).orElse(null);
                }
                case DMN -> {
                  var drg =
                      event.getDecisionRequirements().stream()
                          .filter(
                              d -> d.getDmnDecisionRequirementsId().equals(summary.resourceId()))
                          .findFirst();
                  key = drg.map(d -> d.getDecisionRequirementsKey()).orElse(null);
                  version = drg.map(d -> d.getVersion()).orElse(null);
                }
                case FORM -> {
                  var form =
                      event.getForm().stream()
                          .filter(f -> f.getFormId().equals(summary.resourceId()))
                          .findFirst();
                  key = form.map(f -> f.getFormKey()).orElse(null);
                  version = form.map(f -> f.getVersion()).orElse(null);
                }
                default -> throw new IllegalStateException("Unknown kind " + file.kind());
              }
              return new DeployedResource(
                  file.fileName(),
                  file.kind(),
                  summary.resourceId(),
                  key,
                  version,
                  file.checksum(),
                  file.content());
            })
        .toList();
  }

  /** Stores the deployment with its files; returns it with its id. */
  public DeploymentRecord record(DeploymentRecord deployment) {
    String reason = deployment.reason() == null ? "" : deployment.reason().strip();
    if (reason.isEmpty() || reason.length() > MAX_REASON) {
      throw new IllegalArgumentException(
          "Expected a reason of 1 to "
              + MAX_REASON
              + " characters for deployment "
              + deployment.deploymentKey()
              + ", but got "
              + reason.length());
    }
    return database.inTransaction(
        () -> {
          GeneratedKeyHolder key = new GeneratedKeyHolder();
          database
              .jdbc()
              .sql(
                  "INSERT INTO modeler_deployment (deployment_key, source, draft_id, draft_version,"
                      + " deployed_by, deployed_by_name, reason, changes, deployed_at)"
                      + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
              .params(
                  deployment.deploymentKey(),
                  deployment.source().name(),
                  deployment.draftId(),
                  deployment.draftVersion(),
                  deployment.deployedBy().username(),
                  deployment.deployedBy().displayName(),
                  reason,
                  deployment.changes(),
                  deployment.deployedAt())
              .update(key, "id");
          long id = key.getKey().longValue();
          for (DeployedResource resource : deployment.resources()) {
            database
                .jdbc()
                .sql(
                    "INSERT INTO modeler_deployed_resource (deployment_id, "
                        + RESOURCE_COLUMNS
                        + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                    id,
                    resource.fileName(),
                    resource.kind().name(),
                    resource.resourceId(),
                    resource.resourceKey(),
                    resource.version(),
                    resource.checksum(),
                    resource.content())
                .update();
          }
          return find(id).orElseThrow();
        });
  }

  public Optional<DeploymentRecord> find(long id) {
    return database
        .jdbc()
        .sql("SELECT " + COLUMNS + " FROM modeler_deployment WHERE id = ?")
        .param(id)
        .query(this::deployment)
        .optional();
  }

  /** The latest deployments, newest first. */
  public List<DeploymentRecord> latest(int limit) {
    return database
        .jdbc()
        .sql(
            "SELECT "
                + COLUMNS
                + " FROM modeler_deployment ORDER BY deployed_at DESC, id DESC"
                + " FETCH FIRST "
                + Math.max(1, limit)
                + " ROWS ONLY")
        .query(this::deployment)
        .list();
  }

  /** The deployments of a draft, newest first. */
  public List<DeploymentRecord> ofDraft(long draftId) {
    return database
        .jdbc()
        .sql(
            "SELECT "
                + COLUMNS
                + " FROM modeler_deployment WHERE draft_id = ?"
                + " ORDER BY deployed_at DESC, id DESC")
        .param(draftId)
        .query(this::deployment)
        .list();
  }

  /** The last deployed content of a process, DMN file or form, and where it came from. */
  public Optional<LoggedResource> latestOf(ModelKind kind, String resourceId) {
    return latestOf(kind, resourceId, null);
  }

  /** The same, only among deployments from one source. */
  public Optional<LoggedResource> latestOf(
      ModelKind kind, String resourceId, DeploymentSource source) {
    return database
        .jdbc()
        .sql(
            "SELECT r.file_name, r.kind, r.resource_id, r.resource_key, r.version, r.checksum,"
                + " r.content, d.source, d.deployed_at, r.id FROM modeler_deployed_resource r"
                + " JOIN modeler_deployment d ON d.id = r.deployment_id"
                + " WHERE r.kind = ? AND r.resource_id = ?"
                + (source == null ? "" : " AND d.source = '" + source.name() + "'")
                + " ORDER BY r.id DESC FETCH FIRST 1 ROWS ONLY")
        .params(kind.name(), resourceId)
        .query(
            (row, index) ->
                new LoggedResource(
                    resource(row),
                    DeploymentSource.valueOf(row.getString("source")),
                    row.getObject("deployed_at", OffsetDateTime.class)))
        .optional();
  }

  /** The last deployed content of every form the app deployed, by form id. */
  public List<DeployedResource> latestForms() {
    return database
        .jdbc()
        .sql(
            "SELECT "
                + RESOURCE_COLUMNS
                + " FROM modeler_deployed_resource r"
                + " WHERE r.kind = 'FORM' AND r.id = (SELECT MAX(o.id) FROM modeler_deployed_resource o"
                + " WHERE o.kind = 'FORM' AND o.resource_id = r.resource_id) ORDER BY r.resource_id")
        .query((row, index) -> resource(row))
        .list();
  }

  /** A deployed file with the deployment's source and time. */
  public record LoggedResource(
      DeployedResource resource, DeploymentSource source, OffsetDateTime deployedAt) {}

  private DeploymentRecord deployment(ResultSet row, int index) throws SQLException {
    long id = row.getLong("id");
    List<DeployedResource> resources =
        database
            .jdbc()
            .sql(
                "SELECT "
                    + RESOURCE_COLUMNS
                    + " FROM modeler_deployed_resource"
                    + " WHERE deployment_id = ? ORDER BY file_name")
            .param(id)
            .query((r, i) -> resource(r))
            .list();
    return new DeploymentRecord(
        id,
        row.getLong("deployment_key"),
        DeploymentSource.valueOf(row.getString("source")),
        row.getObject("draft_id", Long.class),
        row.getObject("draft_version", Integer.class),
        new Author(row.getString("deployed_by"), row.getString("deployed_by_name")),
        row.getString("reason"),
        row.getString("changes"),
        row.getObject("deployed_at", OffsetDateTime.class),
        resources);
  }

  private static DeployedResource resource(ResultSet row) throws SQLException {
    return new DeployedResource(
        row.getString("file_name"),
        ModelKind.valueOf(row.getString("kind")),
        row.getString("resource_id"),
        row.getObject("resource_key", Long.class),
        row.getObject("version", Integer.class),
        row.getString("checksum"),
        row.getString("content"));
  }
}
