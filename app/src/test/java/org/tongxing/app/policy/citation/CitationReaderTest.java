package org.tongxing.app.policy.citation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tongxing.app.modeler.ModelerFixtures;
import org.tongxing.app.modeler.resource.ModelFile;
import org.tongxing.app.policy.Clause;

class CitationReaderTest {

  @Test
  void shouldReadTheClausesOfAProcessAndWhichElementsMustCite() {
    // when
    List<CitingElement> elements = CitationReader.read(ModelerFixtures.process());

    // then
    assertThat(elements)
        .extracting(
            CitingElement::elementId,
            CitingElement::elementType,
            CitingElement::clauses,
            CitingElement::requiresClause)
        .contains(
            tuple("living-allowance", "process", List.of(), false),
            tuple("StartEvent_Requested", "startEvent", List.of(), false),
            tuple("Task_DecideAmount", "businessRuleTask", List.of(new Clause(6, 2)), true),
            tuple("EndEvent_Granted", "endEvent", List.of(), false));
    assertThat(elements)
        .allSatisfy(
            element -> {
              assertThat(element.resourceId()).isEqualTo("living-allowance");
              assertThat(element.resourceName()).isEqualTo("康复生活补贴");
            });
  }

  @Test
  void shouldRequireAClauseOfADecidingGatewayAnEventWithADefinitionAndAStartForm() {
    // given
    ModelFile bpmn =
        ModelFile.of(
            "p.bpmn",
            """
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="d">
          <bpmn:process id="p">
            <bpmn:startEvent id="start"><bpmn:extensionElements>
              <zeebe:formDefinition formId="f"/></bpmn:extensionElements></bpmn:startEvent>
            <bpmn:exclusiveGateway id="decide"><bpmn:outgoing>a</bpmn:outgoing><bpmn:outgoing>b</bpmn:outgoing></bpmn:exclusiveGateway>
            <bpmn:exclusiveGateway id="join"><bpmn:outgoing>c</bpmn:outgoing></bpmn:exclusiveGateway>
            <bpmn:intermediateCatchEvent id="deadline"><bpmn:timerEventDefinition/></bpmn:intermediateCatchEvent>
            <bpmn:parallelGateway id="fork"/>
            <bpmn:sequenceFlow id="a" sourceRef="decide" targetRef="join"/>
          </bpmn:process>
        </bpmn:definitions>
        """);

    // when
    List<CitingElement> elements = CitationReader.read(bpmn);

    // then
    assertThat(elements)
        .filteredOn(CitingElement::requiresClause)
        .extracting(CitingElement::elementId)
        .containsExactly("start", "decide", "deadline");
  }

  @Test
  void shouldReadARulesAnnotationAndLetARuleInheritItsDecisionsClause() {
    // given a rule whose annotation says something else, and a decision description that cites
    String dmn =
        ModelerFixtures.decisions()
            .content()
            .replace(
                "<description>item 6.2 每月1000元</description>", "<description>按月计算</description>");
    String withDecisionClause =
        dmn.replace(
            "<decision id=\"living-allowance-amount\" name=\"康复生活补贴金额\">",
            "<decision id=\"living-allowance-amount\" name=\"康复生活补贴金额\">"
                + "<description>item 6.2</description>");

    // when
    List<CitingElement> elements = CitationReader.read(ModelFile.of("a.dmn", withDecisionClause));

    // then
    assertThat(elements)
        .extracting(
            CitingElement::elementId,
            CitingElement::ruleNumber,
            CitingElement::detail,
            CitingElement::clauses,
            CitingElement::effectiveClauses)
        .containsExactly(
            tuple(
                "living-allowance-amount",
                null,
                "",
                List.of(new Clause(6, 2)),
                List.of(new Clause(6, 2))),
            tuple(
                "Rule_FullYear",
                1,
                ">= 10 → 10000",
                List.of(new Clause(6, 2)),
                List.of(new Clause(6, 2))),
            tuple(
                "Rule_PerMonth", 2, "< 10 → months * 1000", List.of(), List.of(new Clause(6, 2))));
    assertThat(elements.get(1).resourceId()).isEqualTo("living-allowance-rules");
    assertThat(elements.get(2).citation()).isEqualTo("按月计算");
    assertThat(elements.get(2).unreadableCitation()).isFalse();
  }

  @Test
  void shouldReadTheClausesOfFormFieldsAlsoInsideGroups() {
    // given
    ModelFile form =
        ModelerFixtures.form(
            "review",
            """
        {"id": "review", "type": "default", "components": [
          {"type": "text", "id": "intro", "text": "说明"},
          {"type": "group", "id": "g", "label": "组", "components": [
            {"type": "number", "id": "Field_Months", "key": "months", "label": "训练月数",
             "properties": {"policyClause": "item 6.2"}},
            {"type": "textfield", "id": "Field_Note", "key": "note", "label": "备注",
             "properties": {"policyClause": "6.2"}}]}]}
        """);

    // when
    List<CitingElement> elements = CitationReader.read(form);

    // then
    assertThat(elements)
        .extracting(
            CitingElement::elementId,
            CitingElement::label,
            CitingElement::requiresClause,
            CitingElement::clauses,
            CitingElement::unreadableCitation)
        .containsExactly(
            tuple("intro", "intro", false, List.of(), false),
            tuple("g", "组", false, List.of(), false),
            tuple("Field_Months", "训练月数", true, List.of(new Clause(6, 2)), false),
            tuple("Field_Note", "备注", true, List.of(), true));
  }
}
