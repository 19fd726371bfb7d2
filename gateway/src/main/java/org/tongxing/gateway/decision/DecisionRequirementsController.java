package org.tongxing.gateway.decision;

import com.fasterxml.jackson.databind.JsonNode;
import io.camunda.client.protocol.rest.DecisionRequirementsResult;
import io.camunda.client.protocol.rest.DecisionRequirementsSearchQueryResult;
import java.util.concurrent.CompletableFuture;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tongxing.engine.api.DeployedDecisions;
import org.tongxing.engine.api.DeployedDecisions.Requirements;
import org.tongxing.gateway.ConditionalOnEmbeddedRuntime;
import org.tongxing.gateway.support.GatewayDefaults;
import org.tongxing.gateway.support.Keys;

/** Deployed decision requirements graphs (one per DMN resource) and their XML. */
@RestController
@RequestMapping("/v2/decision-requirements")
@ConditionalOnEmbeddedRuntime
public class DecisionRequirementsController {

  private static final InMemorySearch<Requirements> SEARCH =
      new InMemorySearch<Requirements>()
          .field("decisionRequirementsKey", d -> Keys.format(d.decisionRequirementsKey()))
          .field("decisionRequirementsId", Requirements::decisionRequirementsId)
          .field("decisionRequirementsName", Requirements::name)
          .field("version", Requirements::version)
          .field("resourceName", Requirements::resourceName);

  private final DeployedDecisionsReader deployed;

  public DecisionRequirementsController(DeployedDecisionsReader deployed) {
    this.deployed = deployed;
  }

  @PostMapping("/search")
  public CompletableFuture<DecisionRequirementsSearchQueryResult> search(
      @RequestBody(required = false) JsonNode body) {
    return deployed
        .read()
        .thenApply(
            decisions -> {
              var page = SEARCH.search(decisions.requirements(), body);
              DecisionRequirementsSearchQueryResult result =
                  new DecisionRequirementsSearchQueryResult();
              result.setItems(
                  page.items().stream().map(DecisionRequirementsController::toResult).toList());
              result.setPage(page.page());
              return result;
            });
  }

  @GetMapping("/{key}")
  public CompletableFuture<DecisionRequirementsResult> get(@PathVariable("key") String key) {
    long requirementsKey = Keys.parse("decisionRequirementsKey", key);
    return deployed.read().thenApply(decisions -> toResult(find(decisions, requirementsKey)));
  }

  /** The DMN XML, as text/xml whatever the request accepts (as the client reads it). */
  @GetMapping("/{key}/xml")
  public CompletableFuture<ResponseEntity<String>> xml(@PathVariable("key") String key) {
    long requirementsKey = Keys.parse("decisionRequirementsKey", key);
    return deployed
        .read()
        .thenApply(
            decisions ->
                ResponseEntity.ok()
                    .contentType(MediaType.TEXT_XML)
                    .body(find(decisions, requirementsKey).xml()));
  }

  private static Requirements find(DeployedDecisions decisions, long key) {
    return decisions.requirements().stream()
        .filter(drg -> drg.decisionRequirementsKey() == key)
        .findFirst()
        .orElseThrow(() -> DeployedDecisionsReader.notFound("decision requirements", key));
  }

  private static DecisionRequirementsResult toResult(Requirements drg) {
    DecisionRequirementsResult result = new DecisionRequirementsResult();
    result.setDecisionRequirementsKey(Keys.format(drg.decisionRequirementsKey()));
    result.setDecisionRequirementsId(drg.decisionRequirementsId());
    result.setDecisionRequirementsName(drg.name());
    result.setVersion(drg.version());
    result.setResourceName(drg.resourceName());
    result.setTenantId(GatewayDefaults.TENANT);
    return result;
  }
}
