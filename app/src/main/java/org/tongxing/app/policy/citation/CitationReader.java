package org.tongxing.app.policy.citation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.tongxing.app.modeler.resource.ModelFile;
import org.tongxing.app.modeler.resource.ModelFiles;
import org.tongxing.app.modeler.resource.ModelKind;
import org.tongxing.app.modeler.resource.SecureXml;
import org.tongxing.app.policy.Clause;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Reads which clauses the elements of a file cite, and which elements must cite one.
 *
 * <ul>
 *   <li>BPMN: a {@code zeebe:property} named {@code policyClause} in the element's {@code
 *       zeebe:properties}, e.g. {@code item 1.4} or {@code item 1.4, item 1.7}. An element
 *       implements a rule, so must cite, when it is a task or call activity; a gateway that decides
 *       between two or more paths (exclusive, inclusive, complex, event-based); an event with an
 *       event definition (a deadline, a message, an error…); or a start event with a form.
 *   <li>DMN: a rule's annotation (its {@code description}) when it names {@code item N.M} (an
 *       annotation is free text and may say other things); a decision's {@code description} holds
 *       the clause of all its rules that cite none. Every rule must cite, itself or through its
 *       decision.
 *   <li>Forms: a component's {@code properties.policyClause}. Every input field (a component with a
 *       {@code key}) should cite.
 * </ul>
 */
public final class CitationReader {

  public static final String PROPERTY = "policyClause";

  private static final Set<String> TASKS =
      Set.of(
          "task",
          "serviceTask",
          "userTask",
          "businessRuleTask",
          "scriptTask",
          "sendTask",
          "receiveTask",
          "manualTask",
          "callActivity");
  private static final Set<String> DECIDING_GATEWAYS =
      Set.of("exclusiveGateway", "inclusiveGateway", "complexGateway", "eventBasedGateway");
  private static final Set<String> EVENTS =
      Set.of(
          "startEvent",
          "endEvent",
          "intermediateCatchEvent",
          "intermediateThrowEvent",
          "boundaryEvent");
  private static final Set<String> OTHER_ELEMENTS =
      Set.of(
          "process",
          "subProcess",
          "adHocSubProcess",
          "transaction",
          "parallelGateway",
          "sequenceFlow",
          "participant",
          "lane");

  private CitationReader() {}

  /** Every element of the file that cites or could cite a clause, in document order. */
  public static List<CitingElement> read(ModelFile file) {
    return switch (file.kind()) {
      case BPMN -> bpmn(file);
      case DMN -> dmn(file);
      case FORM -> form(file);
    };
  }

  private static List<CitingElement> bpmn(ModelFile file) {
    Element root = SecureXml.parse(file.fileName(), file.content()).getDocumentElement();
    List<CitingElement> found = new ArrayList<>();
    NodeList processes = root.getElementsByTagNameNS(ModelFiles.BPMN_NS, "process");
    for (int p = 0; p < processes.getLength(); p++) {
      Element process = (Element) processes.item(p);
      String processId = process.getAttribute("id");
      String processName = process.getAttribute("name");
      NodeList all = process.getElementsByTagNameNS(ModelFiles.BPMN_NS, "*");
      List<Element> elements = new ArrayList<>();
      elements.add(process);
      for (int i = 0; i < all.getLength(); i++) {
        elements.add((Element) all.item(i));
      }
      for (Element element : elements) {
        String type = element.getLocalName();
        if (!element.hasAttribute("id")
            || !(TASKS.contains(type)
                || DECIDING_GATEWAYS.contains(type)
                || EVENTS.contains(type)
                || OTHER_ELEMENTS.contains(type))) {
          continue;
        }
        String citation = policyClause(element);
        found.add(
            new CitingElement(
                ModelKind.BPMN,
                file.fileName(),
                processId,
                processName,
                element.getAttribute("id"),
                type,
                element.getAttribute("name").strip(),
                null,
                "",
                citation,
                Clause.findAll(citation),
                List.of(),
                implementsRule(element, type)));
      }
    }
    return found;
  }

  private static boolean implementsRule(Element element, String type) {
    if (TASKS.contains(type)) {
      return true;
    }
    if (DECIDING_GATEWAYS.contains(type)) {
      return SecureXml.children(element, "outgoing").size() > 1;
    }
    if (EVENTS.contains(type)) {
      boolean definition = false;
      for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
        if (node instanceof Element child
            && child.getLocalName() != null
            && child.getLocalName().endsWith("EventDefinition")) {
          definition = true;
        }
      }
      return definition || ("startEvent".equals(type) && hasForm(element));
    }
    return false;
  }

  private static boolean hasForm(Element element) {
    return SecureXml.children(element, "extensionElements").stream()
        .anyMatch(extensions -> !SecureXml.children(extensions, "formDefinition").isEmpty());
  }

  /** The value of the element's own zeebe:property policyClause, or "". */
  private static String policyClause(Element element) {
    StringBuilder values = new StringBuilder();
    for (Element extensions : SecureXml.children(element, "extensionElements")) {
      for (Element properties : SecureXml.children(extensions, "properties")) {
        for (Element property : SecureXml.children(properties, "property")) {
          if (PROPERTY.equals(property.getAttribute("name"))) {
            values.append(values.isEmpty() ? "" : ", ").append(property.getAttribute("value"));
          }
        }
      }
    }
    return values.toString().strip();
  }

  private static List<CitingElement> dmn(ModelFile file) {
    Element root = SecureXml.parse(file.fileName(), file.content()).getDocumentElement();
    String drgId = root.getAttribute("id");
    List<CitingElement> found = new ArrayList<>();
    for (Element decision : SecureXml.children(root, "decision")) {
      String decisionId = decision.getAttribute("id");
      String decisionName = decision.getAttribute("name").strip();
      String decisionCitation = SecureXml.childText(decision, "description");
      List<Clause> decisionClauses = Clause.findAll(decisionCitation);
      found.add(
          new CitingElement(
              ModelKind.DMN,
              file.fileName(),
              drgId,
              decisionName,
              decisionId,
              "decision",
              decisionName,
              null,
              "",
              decisionCitation,
              decisionClauses,
              List.of(),
              false));
      for (Element table : SecureXml.children(decision, "decisionTable")) {
        int number = 0;
        for (Element rule : SecureXml.children(table, "rule")) {
          number++;
          String citation = SecureXml.childText(rule, "description");
          found.add(
              new CitingElement(
                  ModelKind.DMN,
                  file.fileName(),
                  drgId,
                  decisionName,
                  rule.getAttribute("id"),
                  "rule",
                  decisionName,
                  number,
                  entries(rule),
                  citation,
                  Clause.findAll(citation),
                  decisionClauses,
                  true));
        }
      }
    }
    return found;
  }

  /** {@code "college", - → 3000}: a rule's input entries, then its output entries. */
  private static String entries(Element rule) {
    List<String> inputs =
        SecureXml.children(rule, "inputEntry").stream()
            .map(entry -> cell(SecureXml.childText(entry, "text")))
            .toList();
    List<String> outputs =
        SecureXml.children(rule, "outputEntry").stream()
            .map(entry -> cell(SecureXml.childText(entry, "text")))
            .toList();
    return String.join(", ", inputs) + " → " + String.join(", ", outputs);
  }

  private static String cell(String text) {
    return text.isBlank() ? "-" : text;
  }

  private static List<CitingElement> form(ModelFile file) {
    JsonNode form = ModelFiles.formJson(file);
    String formId = form.path("id").asText("");
    List<CitingElement> found = new ArrayList<>();
    collect(file, formId, form.path("components"), found);
    return found;
  }

  private static void collect(
      ModelFile file, String formId, JsonNode components, List<CitingElement> found) {
    if (!components.isArray()) {
      return;
    }
    for (JsonNode component : components) {
      String citation = component.path("properties").path(PROPERTY).asText("").strip();
      String key = component.path("key").asText("");
      String label = component.path("label").asText("");
      found.add(
          new CitingElement(
              ModelKind.FORM,
              file.fileName(),
              formId,
              formId,
              component.path("id").asText(""),
              component.path("type").asText(""),
              label.isBlank() ? key : label,
              null,
              key,
              citation,
              Clause.findAll(citation),
              List.of(),
              !key.isBlank()));
      collect(file, formId, component.path("components"), found);
    }
  }
}
