package org.tongxing.app.modeler.resource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Reads what a BPMN, DMN or form file defines, with a clear error when it defines nothing. */
public final class ModelFiles {

  public static final String BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  public static final String ZEEBE_NS = "http://camunda.org/schema/zeebe/1.0";
  public static final String MODELER_NS = "http://camunda.org/schema/modeler/1.0";

  static final ObjectMapper JSON = new ObjectMapper();

  private ModelFiles() {}

  public static ModelSummary summarize(ModelFile file) {
    return switch (file.kind()) {
      case BPMN -> bpmn(file);
      case DMN -> dmn(file);
      case FORM -> form(file);
    };
  }

  private static ModelSummary bpmn(ModelFile file) {
    Document document = SecureXml.parse(file.fileName(), file.content());
    Element root = document.getDocumentElement();
    if (!"definitions".equals(root.getLocalName()) || !BPMN_NS.equals(root.getNamespaceURI())) {
      throw new InvalidModelException(
          file.fileName(),
          "Expected BPMN <definitions> in "
              + file.fileName()
              + ", but the root element is <"
              + root.getTagName()
              + ">");
    }
    List<ModelSummary.Definition> processes = new ArrayList<>();
    NodeList found = root.getElementsByTagNameNS(BPMN_NS, "process");
    for (int i = 0; i < found.getLength(); i++) {
      Element process = (Element) found.item(i);
      processes.add(
          new ModelSummary.Definition(process.getAttribute("id"), process.getAttribute("name")));
    }
    if (processes.isEmpty()) {
      throw new InvalidModelException(
          file.fileName(),
          "Expected at least one <process> in " + file.fileName() + ", but found none");
    }
    return new ModelSummary(
        ModelKind.BPMN, processes.get(0).id(), processes.get(0).name(), processes);
  }

  private static ModelSummary dmn(ModelFile file) {
    Element root = SecureXml.parse(file.fileName(), file.content()).getDocumentElement();
    if (!"definitions".equals(root.getLocalName())
        || root.getNamespaceURI() == null
        || !root.getNamespaceURI().contains("DMN")) {
      throw new InvalidModelException(
          file.fileName(),
          "Expected DMN <definitions> in "
              + file.fileName()
              + ", but the root element is <"
              + root.getTagName()
              + ">");
    }
    List<ModelSummary.Definition> decisions = new ArrayList<>();
    for (Element decision : SecureXml.children(root, "decision")) {
      decisions.add(
          new ModelSummary.Definition(decision.getAttribute("id"), decision.getAttribute("name")));
    }
    if (decisions.isEmpty()) {
      throw new InvalidModelException(
          file.fileName(),
          "Expected at least one <decision> in " + file.fileName() + ", but found none");
    }
    String id = root.getAttribute("id");
    if (id.isBlank()) {
      throw new InvalidModelException(
          file.fileName(),
          "Expected an id on <definitions> of " + file.fileName() + ", but it has none");
    }
    return new ModelSummary(ModelKind.DMN, id, root.getAttribute("name"), decisions);
  }

  private static ModelSummary form(ModelFile file) {
    JsonNode form = formJson(file);
    String id = form.path("id").asText("");
    if (id.isBlank()) {
      throw new InvalidModelException(
          file.fileName(),
          "Expected a form id (\"id\") in " + file.fileName() + ", but it has none");
    }
    return new ModelSummary(ModelKind.FORM, id, id, List.of(new ModelSummary.Definition(id, "")));
  }

  /** The form's JSON object, or an error naming the file. */
  public static JsonNode formJson(ModelFile file) {
    try {
      JsonNode form = JSON.readTree(file.content());
      if (form == null || !form.isObject()) {
        throw new InvalidModelException(
            file.fileName(),
            "Expected a form (a JSON object) in "
                + file.fileName()
                + ", but got "
                + (form == null ? "nothing" : form.getNodeType()));
      }
      return form;
    } catch (JsonProcessingException e) {
      throw new InvalidModelException(
          file.fileName(),
          "Expected a form in JSON in "
              + file.fileName()
              + ", but line "
              + e.getLocation().getLineNr()
              + ", column "
              + e.getLocation().getColumnNr()
              + ": "
              + e.getOriginalMessage(),
          e);
    }
  }
}
