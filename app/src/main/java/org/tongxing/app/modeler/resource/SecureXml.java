package org.tongxing.app.modeler.resource;

import java.io.IOException;
import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/** Parses uploaded and deployed XML without DTDs or external entities (no XXE), namespace aware. */
public final class SecureXml {

  private SecureXml() {}

  public static Document parse(String fileName, String xml) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setErrorHandler(null);
      return builder.parse(new InputSource(new StringReader(xml)));
    } catch (SAXParseException e) {
      throw new InvalidModelException(
          fileName,
          "Expected well-formed XML in "
              + fileName
              + ", but line "
              + e.getLineNumber()
              + ", column "
              + e.getColumnNumber()
              + ": "
              + e.getMessage(),
          e);
    } catch (SAXException | IOException | ParserConfigurationException e) {
      throw new InvalidModelException(
          fileName, "Expected well-formed XML in " + fileName + ", but: " + e.getMessage(), e);
    }
  }

  /** The element's direct children of that local name (any namespace). */
  public static java.util.List<Element> children(Element parent, String localName) {
    java.util.List<Element> found = new java.util.ArrayList<>();
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element && localName.equals(element.getLocalName())) {
        found.add(element);
      }
    }
    return found;
  }

  /** The text of the first direct child of that name, trimmed, or "". */
  public static String childText(Element parent, String localName) {
    return children(parent, localName).stream()
        .findFirst()
        .map(child -> child.getTextContent().strip())
        .orElse("");
  }

  /** The attribute, or null when absent. */
  public static String attribute(Element element, String name) {
    return element.hasAttribute(name) ? element.getAttribute(name) : null;
  }
}
