package org.tongxing.app.modeler.diff;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.tongxing.app.modeler.resource.ModelFile;
import org.tongxing.app.modeler.resource.ModelFiles;
import org.tongxing.app.modeler.resource.SecureXml;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The elements of a file in document order, each flattened: a BPMN element with what its extension
 * elements, conditions and event definitions say; a decision and each of its rules; a form
 * component.
 */
final class ElementExtractor {

  private static final Set<String> BPMN_ELEMENTS =
      Set.of(
          "process",
          "participant",
          "lane",
          "subProcess",
          "adHocSubProcess",
          "transaction",
          "task",
          "serviceTask",
          "userTask",
          "businessRuleTask",
          "scriptTask",
          "sendTask",
          "receiveTask",
          "manualTask",
          "callActivity",
          "startEvent",
          "endEvent",
          "intermediateCatchEvent",
          "intermediateThrowEvent",
          "boundaryEvent",
          "exclusiveGateway",
          "inclusiveGateway",
          "parallelGateway",
          "complexGateway",
          "eventBasedGateway",
          "sequenceFlow",
          "messageFlow",
          "textAnnotation",
          "association",
          "dataObjectReference",
          "dataStoreReference",
          "message",
          "error",
          "signal",
          "escalation");
  private static final Set<String> DMN_ELEMENTS =
      Set.of("decision", "inputData", "businessKnowledgeModel", "knowledgeSource");

  private ElementExtractor() {}

  static Map<String, ElementFacts> extract(ModelFile file) {
    return switch (file.kind()) {
      case BPMN -> bpmn(file);
      case DMN -> dmn(file);
      case FORM -> form(file);
    };
  }

  private static Map<String, ElementFacts> bpmn(ModelFile file) {
    Element root = SecureXml.parse(file.fileName(), file.content()).getDocumentElement();
    Map<String, String> layout = new HashMap<>();
    NodeList shapes = root.getElementsByTagNameNS("http://www.omg.org/spec/BPMN/20100524/DI", "*");
    for (int i = 0; i < shapes.getLength(); i++) {
      Element shape = (Element) shapes.item(i);
      if (shape.hasAttribute("bpmnElement")
          && ("BPMNShape".equals(shape.getLocalName())
              || "BPMNEdge".equals(shape.getLocalName()))) {
        layout.put(shape.getAttribute("bpmnElement"), geometry(shape));
      }
    }
    Map<String, ElementFacts> elements = new LinkedHashMap<>();
    NodeList all = root.getElementsByTagNameNS(ModelFiles.BPMN_NS, "*");
    for (int i = 0; i < all.getLength(); i++) {
      Element element = (Element) all.item(i);
      if (!BPMN_ELEMENTS.contains(element.getLocalName()) || !element.hasAttribute("id")) {
        continue;
      }
      Map<String, String> flat = new TreeMap<>();
      flatten(element, "", flat, BPMN_ELEMENTS);
      Map<String, String> properties = new TreeMap<>();
      flat.forEach((path, value) -> properties.put(readable(path), value));
      String id = element.getAttribute("id");
      elements.put(
          id,
          new ElementFacts(
              id,
              element.getLocalName(),
              element.getAttribute("name").strip(),
              null,
              properties,
              layout.get(id)));
    }
    return elements;
  }

  private static Map<String, ElementFacts> dmn(ModelFile file) {
    Element root = SecureXml.parse(file.fileName(), file.content()).getDocumentElement();
    Map<String, ElementFacts> elements = new LinkedHashMap<>();
    for (Node node = root.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (!(node instanceof Element element) || !DMN_ELEMENTS.contains(element.getLocalName())) {
        continue;
      }
      String name = element.getAttribute("name").strip();
      Map<String, String> properties = new TreeMap<>();
      flatten(element, "", properties, Set.of("rule"));
      elements.put(
          element.getAttribute("id"),
          new ElementFacts(
              element.getAttribute("id"), element.getLocalName(), name, null, properties, null));
      for (Element table : SecureXml.children(element, "decisionTable")) {
        List<String> inputs =
            SecureXml.children(table, "input").stream()
                .map(input -> columnName(input, "input"))
                .toList();
        List<String> outputs =
            SecureXml.children(table, "output").stream()
                .map(output -> columnName(output, "output"))
                .toList();
        int number = 0;
        for (Element rule : SecureXml.children(table, "rule")) {
          number++;
          elements.put(
              rule.getAttribute("id"),
              new ElementFacts(
                  rule.getAttribute("id"),
                  "rule",
                  name,
                  number,
                  cells(rule, inputs, outputs),
                  null));
        }
      }
    }
    return elements;
  }

  /** A rule's cells by their column: {@code input[训练月数]}, {@code output[amount]}. */
  private static Map<String, String> cells(
      Element rule, List<String> inputs, List<String> outputs) {
    Map<String, String> cells = new java.util.LinkedHashMap<>();
    List<Element> inputEntries = SecureXml.children(rule, "inputEntry");
    for (int i = 0; i < inputEntries.size(); i++) {
      cells.put(
          "input[" + (i < inputs.size() ? inputs.get(i) : String.valueOf(i + 1)) + "]",
          SecureXml.childText(inputEntries.get(i), "text"));
    }
    List<Element> outputEntries = SecureXml.children(rule, "outputEntry");
    for (int i = 0; i < outputEntries.size(); i++) {
      cells.put(
          "output[" + (i < outputs.size() ? outputs.get(i) : String.valueOf(i + 1)) + "]",
          SecureXml.childText(outputEntries.get(i), "text"));
    }
    String annotation = SecureXml.childText(rule, "description");
    if (!annotation.isEmpty()) {
      cells.put("annotation", annotation);
    }
    return cells;
  }

  /** A column's label, else its name or expression, else its id. */
  private static String columnName(Element column, String kind) {
    String label = column.getAttribute("label").strip();
    if (!label.isEmpty()) {
      return label;
    }
    String name = column.getAttribute("name").strip();
    if (!name.isEmpty()) {
      return name;
    }
    String expression =
        SecureXml.children(column, "inputExpression").stream()
            .findFirst()
            .map(e -> SecureXml.childText(e, "text"))
            .orElse("");
    return expression.isEmpty() ? column.getAttribute("id") : expression;
  }

  private static Map<String, ElementFacts> form(ModelFile file) {
    JsonNode form = ModelFiles.formJson(file);
    Map<String, ElementFacts> elements = new LinkedHashMap<>();
    Map<String, String> own = new TreeMap<>();
    flatten(form, "", own);
    String formId = form.path("id").asText("");
    elements.put(formId, new ElementFacts(formId, "form", formId, null, own, null));
    components(form.path("components"), elements);
    return elements;
  }

  private static void components(JsonNode components, Map<String, ElementFacts> elements) {
    if (!components.isArray()) {
      return;
    }
    for (JsonNode component : components) {
      Map<String, String> properties = new TreeMap<>();
      flatten(component, "", properties);
      String id = component.path("id").asText("");
      String label = component.path("label").asText(component.path("key").asText(""));
      elements.put(
          id,
          new ElementFacts(id, component.path("type").asText(""), label, null, properties, null));
      components(component.path("components"), elements);
    }
  }

  /**
   * {@code zeebe:properties/zeebe:property[policyClause]@value} for {@code
   * bpmn:extensionElements[1]/zeebe:properties[1]/zeebe:property[policyClause]@value}: the
   * extension elements' wrapper and the position of an only child say nothing.
   */
  private static String readable(String path) {
    return path.replace("bpmn:extensionElements[1]/", "").replace("[1]", "");
  }

  /** A JSON object's fields by path, nested components left out (they are elements too). */
  private static void flatten(JsonNode node, String path, Map<String, String> out) {
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        if (path.isEmpty() && field.getKey().equals("components")) {
          continue;
        }
        flatten(
            field.getValue(), path.isEmpty() ? field.getKey() : path + "." + field.getKey(), out);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        flatten(node.get(i), path + "[" + (i + 1) + "]", out);
      }
    } else {
      out.put(path, node.asText());
    }
  }

  /**
   * An element's attributes (but its id) and what its children say, by path; children that are
   * elements of their own (in {@code separate}) left out.
   */
  private static void flatten(
      Element element, String path, Map<String, String> out, Set<String> separate) {
    NamedNodeMap attributes = element.getAttributes();
    for (int a = 0; a < attributes.getLength(); a++) {
      Attr attribute = (Attr) attributes.item(a);
      String name = attribute.getName();
      if (name.equals("id") || name.startsWith("xmlns")) {
        continue;
      }
      out.put(path + "@" + name, attribute.getValue());
    }
    Map<String, Integer> seen = new HashMap<>();
    StringBuilder text = new StringBuilder();
    List<String> references = new java.util.ArrayList<>();
    for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element child) {
        String name =
            child.getPrefix() == null
                ? child.getLocalName()
                : child.getPrefix() + ":" + child.getLocalName();
        if (separate.contains(child.getLocalName()) && child.hasAttribute("id")) {
          continue;
        }
        if (child.getLocalName().equals("incoming") || child.getLocalName().equals("outgoing")) {
          references.add(child.getLocalName() + ":" + child.getTextContent().strip());
          continue;
        }
        String key =
            child.hasAttribute("name")
                ? child.getAttribute("name")
                : child.hasAttribute("target")
                    ? child.getAttribute("target")
                    : String.valueOf(seen.merge(name, 1, Integer::sum));
        flatten(child, (path.isEmpty() ? "" : path + "/") + name + "[" + key + "]", out, separate);
      } else if (node.getNodeType() == Node.TEXT_NODE
          || node.getNodeType() == Node.CDATA_SECTION_NODE) {
        text.append(node.getNodeValue());
      }
    }
    if (!text.toString().isBlank()) {
      out.put(path.isEmpty() ? "text" : path, text.toString().strip());
    }
    if (!references.isEmpty()) {
      references.sort(null);
      out.put(path.isEmpty() ? "flows" : path + "/flows", String.join(" ", references));
    }
  }

  private static String geometry(Element shape) {
    StringBuilder geometry = new StringBuilder();
    for (Node node = shape.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element child) {
        if (child.getLocalName().equals("Bounds")) {
          geometry
              .append(child.getAttribute("x"))
              .append(',')
              .append(child.getAttribute("y"))
              .append(',')
              .append(child.getAttribute("width"))
              .append(',')
              .append(child.getAttribute("height"))
              .append(' ');
        } else if (child.getLocalName().equals("waypoint")) {
          geometry
              .append(child.getAttribute("x"))
              .append(',')
              .append(child.getAttribute("y"))
              .append(' ');
        }
      }
    }
    return geometry.toString().strip();
  }
}
