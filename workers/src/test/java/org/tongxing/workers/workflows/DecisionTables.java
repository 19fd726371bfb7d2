package org.tongxing.workers.workflows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The decision tables of {@code workflows/*.dmn}, read as XML: each rule's input entries, its
 * output entries by output name, and its description, for tests of the tables as a policy owner
 * reads them.
 */
final class DecisionTables {

  /** A rule: its id, description, input entries in order and output entries by output name. */
  record Rule(String id, String description, List<String> inputs, Map<String, String> outputs) {

    /** An output entry without its quotes: {@code "handling"} becomes {@code handling}. */
    String text(String output) {
      String entry = outputs.get(output);
      return entry != null && entry.startsWith("\"") && entry.endsWith("\"")
          ? entry.substring(1, entry.length() - 1)
          : entry;
    }
  }

  private DecisionTables() {}

  /** A decision table and the file that holds it. */
  record Table(String file, String decisionId) {}

  /**
   * Every decision table of every {@code workflows/*.dmn}; not the decisions that only combine
   * others in a literal expression, which hold no rule of their own.
   */
  static List<Table> all() {
    List<Table> tables = new ArrayList<>();
    for (Path file : RepositoryFiles.list("workflows", ".dmn")) {
      String name = file.getFileName().toString();
      NodeList decisions = read("workflows/" + name).getElementsByTagName("decision");
      for (int i = 0; i < decisions.getLength(); i++) {
        Element decision = (Element) decisions.item(i);
        if (decision.getElementsByTagName("decisionTable").getLength() > 0) {
          tables.add(new Table(name, decision.getAttribute("id")));
        }
      }
    }
    return tables;
  }

  /** The name of the decision of {@code workflows/<decisionId>.dmn}, as the modeler shows it. */
  static String name(String decisionId) {
    return decision(read("workflows/" + decisionId + ".dmn"), decisionId + ".dmn", decisionId)
        .getAttribute("name");
  }

  /** The rules of the decision of {@code workflows/<decisionId>.dmn}. */
  static List<Rule> rules(String decisionId) {
    return rules(decisionId + ".dmn", decisionId);
  }

  /** The rules of a decision of {@code workflows/<file>}. */
  static List<Rule> rules(String file, String decisionId) {
    Element decision = decision(read("workflows/" + file), file, decisionId);
    List<String> outputNames = new ArrayList<>();
    NodeList outputs = decision.getElementsByTagName("output");
    for (int i = 0; i < outputs.getLength(); i++) {
      outputNames.add(((Element) outputs.item(i)).getAttribute("name"));
    }
    List<Rule> rules = new ArrayList<>();
    NodeList ruleNodes = decision.getElementsByTagName("rule");
    for (int i = 0; i < ruleNodes.getLength(); i++) {
      Element rule = (Element) ruleNodes.item(i);
      List<String> inputs = new ArrayList<>();
      NodeList inputEntries = rule.getElementsByTagName("inputEntry");
      for (int j = 0; j < inputEntries.getLength(); j++) {
        inputs.add(inputEntries.item(j).getTextContent().strip());
      }
      Map<String, String> values = new LinkedHashMap<>();
      NodeList outputEntries = rule.getElementsByTagName("outputEntry");
      for (int j = 0; j < outputEntries.getLength(); j++) {
        values.put(outputNames.get(j), outputEntries.item(j).getTextContent().strip());
      }
      NodeList description = rule.getElementsByTagName("description");
      rules.add(
          new Rule(
              rule.getAttribute("id"),
              description.getLength() == 0 ? "" : description.item(0).getTextContent(),
              inputs,
              values));
    }
    return rules;
  }

  static Rule rule(String decisionId, String output, String value) {
    return rules(decisionId).stream()
        .filter(rule -> value.equals(rule.text(output)))
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError(
                    "Expected a rule of %s with %s = %s, but found none"
                        .formatted(decisionId, output, value)));
  }

  private static Element decision(Document dmn, String file, String decisionId) {
    Element decision = dmn.getElementById(decisionId);
    if (decision == null) {
      NodeList decisions = dmn.getElementsByTagName("decision");
      for (int i = 0; i < decisions.getLength(); i++) {
        Element candidate = (Element) decisions.item(i);
        if (decisionId.equals(candidate.getAttribute("id"))) {
          decision = candidate;
        }
      }
    }
    if (decision == null) {
      throw new AssertionError(
          "Expected decision %s in workflows/%s, but found none".formatted(decisionId, file));
    }
    return decision;
  }

  private static Document read(String path) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return factory.newDocumentBuilder().parse(RepositoryFiles.find(path).toFile());
    } catch (ParserConfigurationException | SAXException | IOException e) {
      throw new AssertionError("Expected readable XML in " + path + ", but " + e.getMessage(), e);
    }
  }
}
