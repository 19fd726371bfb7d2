package org.tongxing.app.modeler.check;

import org.tongxing.app.modeler.resource.ModelFiles;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Where a Zeebe extension element sits in a process. */
final class References {

  private References() {}

  /** The BPMN element (with an id) that the extension element belongs to. */
  static Element owner(Element extension) {
    return org.tongxing.app.modeler.resource.ModelReferences.owner(extension);
  }

  /** True inside an execution or task listener, whose jobs are not the element's own. */
  static boolean isListener(Element extension) {
    for (Node node = extension.getParentNode(); node != null; node = node.getParentNode()) {
      if (node instanceof Element element
          && ModelFiles.ZEEBE_NS.equals(element.getNamespaceURI())
          && element.getLocalName().endsWith("Listener")) {
        return true;
      }
    }
    return false;
  }
}
