package org.tongxing.app.modeler.resource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Camunda Desktop Modeler opens a file as a Camunda 8 file when it names its execution
 * platform: {@code modeler:executionPlatform="Camunda Cloud"} on BPMN and DMN definitions, {@code
 * "executionPlatform": "Camunda Cloud"} in a form. Files that say so keep what they say; files that
 * do not get it added, the rest of their text untouched.
 */
public final class ExecutionPlatform {

  public static final String PLATFORM = "Camunda Cloud";
  public static final String VERSION = "8.8.0";

  private static final Pattern ROOT_START =
      Pattern.compile("<((?:[A-Za-z_][\\w.-]*:)?definitions)(\\s|>|/>)");

  private ExecutionPlatform() {}

  public static ModelFile ensure(ModelFile file) {
    return switch (file.kind()) {
      case BPMN, DMN -> file.withContent(ensureOnDefinitions(file));
      case FORM -> file.withContent(ensureInForm(file));
    };
  }

  private static String ensureOnDefinitions(ModelFile file) {
    String xml = file.content();
    if (xml.contains("executionPlatform=")) {
      return xml;
    }
    Matcher root = ROOT_START.matcher(xml);
    if (!root.find()) {
      throw new InvalidModelException(
          file.fileName(), "Expected <definitions> in " + file.fileName() + ", but found none");
    }
    StringBuilder attributes = new StringBuilder();
    if (!xml.contains("\"" + ModelFiles.MODELER_NS + "\"")) {
      attributes.append(" xmlns:modeler=\"").append(ModelFiles.MODELER_NS).append('"');
    }
    String prefix = modelerPrefix(xml);
    attributes
        .append(' ')
        .append(prefix)
        .append(":executionPlatform=\"")
        .append(PLATFORM)
        .append("\" ")
        .append(prefix)
        .append(":executionPlatformVersion=\"")
        .append(VERSION)
        .append('"');
    int at = root.end(1);
    return xml.substring(0, at) + attributes + xml.substring(at);
  }

  private static String modelerPrefix(String xml) {
    Matcher declared =
        Pattern.compile("xmlns:([\\w.-]+)=\"" + Pattern.quote(ModelFiles.MODELER_NS) + "\"")
            .matcher(xml);
    return declared.find() ? declared.group(1) : "modeler";
  }

  private static String ensureInForm(ModelFile file) {
    JsonNode form = ModelFiles.formJson(file);
    if (form.hasNonNull("executionPlatform")) {
      return file.content();
    }
    ObjectNode object = (ObjectNode) form;
    object.put("executionPlatform", PLATFORM);
    object.put("executionPlatformVersion", VERSION);
    try {
      return ModelFiles.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(object);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Expected to write back the form of " + file.fileName(), e);
    }
  }
}
