package org.tongxing.app.modeler.resource;

import java.util.regex.Pattern;

/**
 * A new, almost empty process, decision table or form to start from, marked for Camunda 8 as the
 * Desktop Modeler marks it.
 */
public final class BlankModels {

  private static final Pattern ID = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]{0,99}");

  private BlankModels() {}

  public static ModelFile of(ModelKind kind, String id, String name) {
    if (id == null || !ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "Expected an id of letters, digits, '-', '_' or '.',"
              + " starting with a letter (e.g. 'education-grant'), but got '"
              + id
              + "'");
    }
    String label = xml(name == null || name.isBlank() ? id : name.strip());
    String content =
        switch (kind) {
          case BPMN ->
              """
          <?xml version="1.0" encoding="UTF-8"?>
          <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" xmlns:modeler="http://camunda.org/schema/modeler/1.0" id="Definitions_%1$s" targetNamespace="http://bpmn.io/schema/bpmn" modeler:executionPlatform="%3$s" modeler:executionPlatformVersion="%4$s">
            <bpmn:process id="%1$s" name="%2$s" isExecutable="true">
              <bpmn:startEvent id="StartEvent_1" />
            </bpmn:process>
            <bpmndi:BPMNDiagram id="BPMNDiagram_1">
              <bpmndi:BPMNPlane id="BPMNPlane_1" bpmnElement="%1$s">
                <bpmndi:BPMNShape id="StartEvent_1_di" bpmnElement="StartEvent_1">
                  <dc:Bounds x="152" y="102" width="36" height="36" />
                </bpmndi:BPMNShape>
              </bpmndi:BPMNPlane>
            </bpmndi:BPMNDiagram>
          </bpmn:definitions>
          """;
          case DMN ->
              """
          <?xml version="1.0" encoding="UTF-8"?>
          <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" xmlns:dmndi="https://www.omg.org/spec/DMN/20191111/DMNDI/" xmlns:dc="http://www.omg.org/spec/DMN/20180521/DC/" xmlns:modeler="http://camunda.org/schema/modeler/1.0" id="%1$s-rules" name="%2$s" namespace="http://camunda.org/schema/1.0/dmn" modeler:executionPlatform="%3$s" modeler:executionPlatformVersion="%4$s">
            <decision id="%1$s" name="%2$s">
              <decisionTable id="DecisionTable_1">
                <input id="Input_1">
                  <inputExpression id="InputExpression_1" typeRef="string">
                    <text></text>
                  </inputExpression>
                </input>
                <output id="Output_1" typeRef="string" />
              </decisionTable>
            </decision>
            <dmndi:DMNDI>
              <dmndi:DMNDiagram id="DMNDiagram_1">
                <dmndi:DMNShape id="DMNShape_1" dmnElementRef="%1$s">
                  <dc:Bounds height="80" width="180" x="160" y="100" />
                </dmndi:DMNShape>
              </dmndi:DMNDiagram>
            </dmndi:DMNDI>
          </definitions>
          """;
          case FORM ->
              """
          {
            "components": [],
            "type": "default",
            "id": "%1$s",
            "executionPlatform": "%3$s",
            "executionPlatformVersion": "%4$s",
            "schemaVersion": 16
          }
          """;
        };
    String fileName = kind == ModelKind.DMN ? id + ".dmn" : id + kind.extension();
    return new ModelFile(
        fileName,
        kind,
        content.formatted(id, label, ExecutionPlatform.PLATFORM, ExecutionPlatform.VERSION));
  }

  private static String xml(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
  }
}
