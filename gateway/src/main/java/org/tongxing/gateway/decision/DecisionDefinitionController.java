package org.tongxing.gateway.decision;

import com.fasterxml.jackson.databind.JsonNode;
import io.camunda.client.protocol.rest.DecisionDefinitionResult;
import io.camunda.client.protocol.rest.DecisionDefinitionSearchQueryResult;
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
import org.tongxing.engine.api.DeployedDecisions.Decision;
import org.tongxing.gateway.ConditionalOnEmbeddedRuntime;
import org.tongxing.gateway.support.GatewayDefaults;
import org.tongxing.gateway.support.Keys;

/**
 * Deployed decision definitions and the DMN XML that holds them. Read from the engine itself, so a
 * decision is found as soon as its deployment was answered.
 */
@RestController
@RequestMapping("/v2/decision-definitions")
@ConditionalOnEmbeddedRuntime
public class DecisionDefinitionController {

  private static final InMemorySearch<Decision> SEARCH =
      new InMemorySearch<Decision>()
          .field("decisionDefinitionKey", d -> Keys.format(d.decisionKey()))
          .field("decisionDefinitionId", Decision::decisionId)
          .field("name", Decision::name)
          .field("version", Decision::version)
          .field("decisionRequirementsId", Decision::decisionRequirementsId)
          .field("decisionRequirementsKey", d -> Keys.format(d.decisionRequirementsKey()));

  private final DeployedDecisionsReader deployed;

  public DecisionDefinitionController(DeployedDecisionsReader deployed) {
    this.deployed = deployed;
  }

  @PostMapping("/search")
  public CompletableFuture<DecisionDefinitionSearchQueryResult> search(
      @RequestBody(required = false) JsonNode body) {
    return deployed
        .read()
        .thenApply(
            decisions -> {
              var page = SEARCH.search(decisions.decisions(), body);
              DecisionDefinitionSearchQueryResult result =
                  new DecisionDefinitionSearchQueryResult();
              result.setItems(
                  page.items().stream().map(DecisionDefinitionController::toResult).toList());
              result.setPage(page.page());
              return result;
            });
  }

  @GetMapping("/{key}")
  public CompletableFuture<DecisionDefinitionResult> get(@PathVariable("key") String key) {
    long decisionKey = Keys.parse("decisionDefinitionKey", key);
    return deployed.read().thenApply(decisions -> toResult(find(decisions, decisionKey)));
  }

  /**
   * The XML of the decision's DRG, as text/xml whatever the request accepts (as the client reads
   * it).
   */
  @GetMapping("/{key}/xml")
  public CompletableFuture<ResponseEntity<String>> xml(@PathVariable("key") String key) {
    long decisionKey = Keys.parse("decisionDefinitionKey", key);
    return deployed
        .read()
        .thenApply(
            decisions -> {
              Decision decision = find(decisions, decisionKey);
              String xml =
                  decisions.requirements().stream()
                      .filter(
                          drg ->
                              drg.decisionRequirementsKey() == decision.decisionRequirementsKey())
                      .findFirst()
                      .orElseThrow(
                          () ->
                              DeployedDecisionsReader.notFound(
                                  "decision requirements", decision.decisionRequirementsKey()))
                      .xml();
              return ResponseEntity.ok().contentType(MediaType.TEXT_XML).body(xml);
            });
  }

  private static Decision find(DeployedDecisions decisions, long key) {
    return decisions.decisions().stream()
        .filter(d -> d.decisionKey() == key)
        .findFirst()
        .orElseThrow(() -> DeployedDecisionsReader.notFound("decision definition", key));
  }

  static DecisionDefinitionResult toResult(Decision decision) {
    DecisionDefinitionResult result = new DecisionDefinitionResult();
    result.setDecisionDefinitionKey(Keys.format(decision.decisionKey()));
    result.setDecisionDefinitionId(decision.decisionId());
    result.setName(decision.name());
    result.setVersion(decision.version());
    result.setDecisionRequirementsId(decision.decisionRequirementsId());
    result.setDecisionRequirementsKey(Keys.format(decision.decisionRequirementsKey()));
    result.setTenantId(GatewayDefaults.TENANT);
    return result;
  }
}
