package org.tongxing.app.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.EvaluateDecisionResponse;
import io.camunda.client.api.response.MatchedDecisionRule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.springframework.core.io.ClassPathResource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Evaluates the deployed policy decisions through the official client, and reads the clause each
 * rule cites from the DMN file the app deployed, so a test can tie a figure of the policy to the
 * rule that holds it.
 */
final class PolicyDecisions {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final CamundaClient client;
  private final Map<String, String> ruleDescriptions = new HashMap<>();

  PolicyDecisions(CamundaClient client, String... dmnResources) {
    this.client = client;
    for (String resource : dmnResources) {
      readRuleDescriptions(resource);
    }
  }

  /** The decision's output, parsed, after asserting it did not fail. */
  Evaluation evaluate(String decisionId, Map<String, Object> variables) {
    EvaluateDecisionResponse response =
        client
            .newEvaluateDecisionCommand()
            .decisionId(decisionId)
            .variables(variables)
            .send()
            .join();
    assertThat(response.getFailureMessage()).as("failure of %s", decisionId).isNullOrEmpty();
    List<String> matchedRules =
        response.getEvaluatedDecisions().stream()
            .filter(decision -> decision.getDecisionId().equals(decisionId))
            .flatMap(decision -> decision.getMatchedRules().stream())
            .map(MatchedDecisionRule::getRuleId)
            .toList();
    return new Evaluation(parse(response.getDecisionOutput()), matchedRules);
  }

  /** The description of a rule in the deployed DMN: where it cites its clause. */
  String ruleDescription(String ruleId) {
    String description = ruleDescriptions.get(ruleId);
    assertThat(description).as("description of rule %s", ruleId).isNotNull();
    return description;
  }

  /**
   * @param output the decision's result
   * @param matchedRules the ids of the rules of the decision's own table that matched
   */
  record Evaluation(JsonNode output, List<String> matchedRules) {}

  private void readRuleDescriptions(String resource) {
    try (InputStream dmn = new ClassPathResource(resource).getInputStream()) {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      Document document = factory.newDocumentBuilder().parse(dmn);
      NodeList rules = document.getElementsByTagNameNS("*", "rule");
      for (int i = 0; i < rules.getLength(); i++) {
        Element rule = (Element) rules.item(i);
        NodeList descriptions = rule.getElementsByTagNameNS("*", "description");
        ruleDescriptions.put(
            rule.getAttribute("id"),
            descriptions.getLength() == 0 ? "" : descriptions.item(0).getTextContent());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (Exception e) {
      throw new IllegalStateException("Expected a readable DMN file " + resource, e);
    }
  }

  private static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
