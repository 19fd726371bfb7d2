package org.tongxing.app.modeler.resource;

import java.util.LinkedHashSet;
import java.util.Set;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The decisions, forms and processes a BPMN file refers to by id (those given as expressions cannot
 * be known before the process runs, and are left out).
 */
public record ModelReferences(
    Set<String> decisionIds, Set<String> formIds, Set<String> processIds) {

  public static ModelReferences of(ModelFile bpmn) {
    if (bpmn.kind() != ModelKind.BPMN) {
      return new ModelReferences(Set.of(), Set.of(), Set.of());
    }
    Element root = SecureXml.parse(bpmn.fileName(), bpmn.content()).getDocumentElement();
    return new ModelReferences(
        ids(root, "calledDecision", "decisionId"),
        ids(root, "formDefinition", "formId"),
        ids(root, "calledElement", "processId"));
  }

  /** The BPMN element (with an id) that a Zeebe extension element belongs to, or null. */
  public static Element owner(Element extension) {
    for (org.w3c.dom.Node node = extension.getParentNode();
        node != null;
        node = node.getParentNode()) {
      if (node instanceof Element element
          && ModelFiles.BPMN_NS.equals(element.getNamespaceURI())
          && element.hasAttribute("id")) {
        return element;
      }
    }
    return null;
  }

  private static Set<String> ids(Element root, String element, String attribute) {
    Set<String> ids = new LinkedHashSet<>();
    NodeList found = root.getElementsByTagNameNS(ModelFiles.ZEEBE_NS, element);
    for (int i = 0; i < found.getLength(); i++) {
      String id = ((Element) found.item(i)).getAttribute(attribute).strip();
      if (!id.isEmpty() && !id.startsWith("=")) {
        ids.add(id);
      }
    }
    return ids;
  }
}
