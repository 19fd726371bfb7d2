package org.tongxing.workers.workflows;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The DMN tables of items 5 and 6 as a policy owner reads them: every rule says in its
 * annotation which sentence of the policy it implements (or, for a period the policy does not set,
 * that it is the DPF's service standard), and the table says it in an output column too. The
 * figures themselves are checked against the policy by evaluating the tables through the client
 * (app: RehabilitationDecisionTablesPolicyTest).
 */
class RehabilitationDecisionTablesTest {

  private static final String DMN = "https://www.omg.org/spec/DMN/20191111/MODEL/";

  @ParameterizedTest
  @ValueSource(
      strings = {
        "child-rehabilitation-subsidy-standard",
        "child-rehabilitation-age-rule",
        "institution-operating-subsidy",
        "institution-admission",
        "rehabilitation-service-periods"
      })
  void shouldCiteTheClauseOfEveryRule(String decisionId) throws Exception {
    // given
    Path file = RepositoryFiles.find("workflows/" + decisionId + ".dmn");
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document dmn = factory.newDocumentBuilder().parse(file.toFile());

    // when
    Element decision = (Element) dmn.getElementsByTagNameNS(DMN, "decision").item(0);
    List<Element> rules = elements(dmn.getElementsByTagNameNS(DMN, "rule"));
    List<String> outputs =
        elements(dmn.getElementsByTagNameNS(DMN, "output")).stream()
            .map(output -> output.getAttribute("name"))
            .toList();

    // then
    assertThat(decision.getAttribute("id")).isEqualTo(decisionId);
    assertThat(decision.getAttribute("name")).matches("\\p{IsHan}.*");
    assertThat(outputs).contains("policyClause");
    int clauseColumn = outputs.indexOf("policyClause");
    assertThat(rules)
        .isNotEmpty()
        .allSatisfy(
            rule -> {
              String id = rule.getAttribute("id");
              String annotation =
                  rule.getElementsByTagNameNS(DMN, "description").item(0).getTextContent();
              String clause =
                  rule.getElementsByTagNameNS(DMN, "outputEntry")
                      .item(clauseColumn)
                      .getTextContent()
                      .strip();
              if (decisionId.equals("rehabilitation-service-periods")) {
                assertThat(annotation).as("annotation of %s", id).matches("\\p{IsHan}.*");
                assertThat(clause).as("clause of %s", id).matches("\"DPF service standard; item [56]\\.\\d\"");
              } else {
                assertThat(annotation).as("annotation of %s", id).matches("item [56]\\.\\d: \\p{IsHan}.*");
                assertThat(clause)
                    .as("clause of %s", id)
                    .isEqualTo("\"" + annotation.substring(0, annotation.indexOf(':')) + "\"");
              }
            });
  }

  private static List<Element> elements(NodeList nodes) {
    List<Element> elements = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      elements.add((Element) nodes.item(i));
    }
    return elements;
  }
}
