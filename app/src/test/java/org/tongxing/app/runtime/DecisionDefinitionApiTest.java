package org.tongxing.app.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ProblemException;
import io.camunda.client.api.search.response.DecisionDefinition;
import io.camunda.client.api.search.response.DecisionRequirements;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tongxing.app.TongxingAppTest;

/**
 * The deployed decisions through the official client: decision definition and decision requirements
 * searches, look-ups and their DMN XML (what the modeler starts a draft from).
 */
@TongxingAppTest
class DecisionDefinitionApiTest {

  @Autowired CamundaClient client;

  @Test
  void shouldFindTheLatestVersionOfADecisionAndItsXml() {
    // given two versions of a grant table
    client
        .newDeployResourceCommand()
        .addResourceStringUtf8(grantDmn("dd-grant", 2000), "dd-grant.dmn")
        .send()
        .join();
    client
        .newDeployResourceCommand()
        .addResourceStringUtf8(grantDmn("dd-grant", 2500), "dd-grant.dmn")
        .send()
        .join();

    // when
    List<DecisionDefinition> latest =
        client
            .newDecisionDefinitionSearchRequest()
            .filter(f -> f.decisionDefinitionId("dd-grant-amount"))
            .sort(s -> s.version().desc())
            .page(p -> p.limit(1))
            .send()
            .join()
            .items();

    // then
    assertThat(latest)
        .singleElement()
        .satisfies(
            decision -> {
              assertThat(decision.getVersion()).isEqualTo(2);
              assertThat(decision.getDmnDecisionName()).isEqualTo("助学补助金额");
              assertThat(decision.getDmnDecisionRequirementsId()).isEqualTo("dd-grant");
            });
    DecisionDefinition decision = latest.get(0);
    String byDecision =
        client.newDecisionDefinitionGetXmlRequest(decision.getDecisionKey()).send().join();
    String byRequirements =
        client
            .newDecisionRequirementsGetXmlRequest(decision.getDecisionRequirementsKey())
            .send()
            .join();
    assertThat(byDecision).isEqualTo(byRequirements).contains("<text>2500</text>");
    assertThat(
            client
                .newDecisionDefinitionGetRequest(decision.getDecisionKey())
                .send()
                .join()
                .getDmnDecisionId())
        .isEqualTo("dd-grant-amount");
  }

  @Test
  void shouldSearchTheDecisionRequirementsByIdAndVersion() {
    // given
    client
        .newDeployResourceCommand()
        .addResourceStringUtf8(grantDmn("dd-drg", 1000), "dd-drg.dmn")
        .send()
        .join();

    // when
    List<DecisionRequirements> found =
        client
            .newDecisionRequirementsSearchRequest()
            .filter(f -> f.decisionRequirementsId("dd-drg").version(1))
            .send()
            .join()
            .items();

    // then
    assertThat(found)
        .singleElement()
        .satisfies(
            drg -> {
              assertThat(drg.getDmnDecisionRequirementsName()).isEqualTo("助学补助");
              assertThat(drg.getResourceName()).isEqualTo("dd-drg.dmn");
            });
  }

  @Test
  void shouldAnswerNotFoundForAnUnknownKeyNamingIt() {
    assertThatThrownBy(
            () -> client.newDecisionRequirementsGetXmlRequest(2251799813999999L).send().join())
        .isInstanceOf(ProblemException.class)
        .satisfies(
            e -> {
              assertThat(((ProblemException) e).code()).isEqualTo(404);
              assertThat(((ProblemException) e).details().getDetail()).contains("2251799813999999");
            });
  }

  private static String grantDmn(String id, int amount) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="%s"
            name="助学补助" namespace="http://tongxing.org/dmn">
          <decision id="%s-amount" name="助学补助金额">
            <decisionTable id="table" hitPolicy="UNIQUE">
              <input id="level" label="学段"><inputExpression id="e" typeRef="string"><text>schoolLevel</text></inputExpression></input>
              <output id="amount" name="amount" typeRef="number"/>
              <rule id="secondary"><description>item 7.6</description><inputEntry id="i1"><text>"secondary"</text></inputEntry><outputEntry id="o1"><text>%d</text></outputEntry></rule>
            </decisionTable>
          </decision>
        </definitions>
        """
        .formatted(id, id, amount);
  }
}
