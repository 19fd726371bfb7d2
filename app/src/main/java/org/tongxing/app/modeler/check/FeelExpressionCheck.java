package org.tongxing.app.modeler.check;

import java.util.List;
import java.util.Set;
import org.camunda.feel.api.FeelEngineApi;
import org.camunda.feel.api.FeelEngineBuilder;
import org.camunda.feel.api.ParseResult;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tongxing.app.modeler.resource.ModelFile;
import org.tongxing.app.modeler.resource.ModelFiles;
import org.tongxing.app.modeler.resource.ModelKind;
import org.tongxing.app.modeler.resource.SecureXml;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;

/**
 * Every FEEL expression of a process parses: the {@code =…} attributes of the Zeebe extension
 * elements (mappings, job types, assignments, called decisions, loops…) and the {@code =…}
 * conditions and timers. The engine refuses a deployment with an expression that does not.
 */
@Component
@Order(2)
class FeelExpressionCheck implements DraftCheck {

  private static final Set<String> EXPRESSION_TEXTS =
      Set.of("conditionExpression", "completionCondition", "timeDuration", "timeDate", "timeCycle");

  private final FeelEngineApi feel = FeelEngineBuilder.forJava().build();

  @Override
  public void check(CheckContext files, List<Problem> problems) {
    for (ModelFile file : files.readable(ModelKind.BPMN)) {
      Element root = SecureXml.parse(file.fileName(), file.content()).getDocumentElement();
      NodeList zeebe = root.getElementsByTagNameNS(ModelFiles.ZEEBE_NS, "*");
      for (int i = 0; i < zeebe.getLength(); i++) {
        Element element = (Element) zeebe.item(i);
        NamedNodeMap attributes = element.getAttributes();
        for (int a = 0; a < attributes.getLength(); a++) {
          Attr attribute = (Attr) attributes.item(a);
          check(
              file,
              element,
              element.getLocalName() + "." + attribute.getName(),
              attribute.getValue(),
              problems);
        }
      }
      NodeList bpmn = root.getElementsByTagNameNS(ModelFiles.BPMN_NS, "*");
      for (int i = 0; i < bpmn.getLength(); i++) {
        Element element = (Element) bpmn.item(i);
        if (EXPRESSION_TEXTS.contains(element.getLocalName())) {
          check(file, element, element.getLocalName(), element.getTextContent(), problems);
        }
      }
    }
  }

  private void check(
      ModelFile file, Element at, String where, String value, List<Problem> problems) {
    String text = value == null ? "" : value.strip();
    if (!text.startsWith("=")) {
      return;
    }
    ParseResult parsed = feel.parseExpression(text.substring(1));
    if (parsed.isFailure()) {
      Element owner = owner(at);
      problems.add(
          Problem.error(
              "feel",
              file.fileName(),
              owner == null ? null : owner.getAttribute("id"),
              owner == null ? null : owner.getAttribute("name"),
              parsed.failure().message(),
              where,
              text));
    }
  }

  /** The nearest BPMN element with an id that holds the expression. */
  private static Element owner(Element element) {
    for (org.w3c.dom.Node node = element; node != null; node = node.getParentNode()) {
      if (node instanceof Element candidate
          && ModelFiles.BPMN_NS.equals(candidate.getNamespaceURI())
          && candidate.hasAttribute("id")
          && !EXPRESSION_TEXTS.contains(candidate.getLocalName())) {
        return candidate;
      }
    }
    return null;
  }
}
