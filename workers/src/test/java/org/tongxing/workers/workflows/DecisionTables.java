package org.tongxing.workers.workflows;

import java.io.IOException;
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
 * The rows of a decision table in {@code workflows/*.dmn}, read as XML: each rule's output entries
 * by output name, and its description.
 */
final class PetitionDecisionTables {

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

  private PetitionDecisionTables() {}

  static List<Rule> rules(String decisionId) {
    Document dmn = read("workflows/" + decisionId + ".dmn");
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
          "Expected decision %s in workflows/%s.dmn, but found none"
              .formatted(decisionId, decisionId));
    }
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
