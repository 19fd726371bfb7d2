package org.tongxing.gateway.decision;

import io.camunda.client.protocol.rest.EvaluatedDecisionInputItem;
import io.camunda.client.protocol.rest.EvaluatedDecisionOutputItem;
import io.camunda.client.protocol.rest.MatchedDecisionRuleItem;
import java.util.List;
import org.tongxing.engine.record.DecisionEvaluationRecord.EvaluatedInput;
import org.tongxing.engine.record.DecisionEvaluationRecord.MatchedRule;

/** What went into a decision and which rules matched, in the API's shapes. */
final class DecisionDetails {

  private DecisionDetails() {}

  static List<EvaluatedDecisionInputItem> inputs(List<EvaluatedInput> inputs) {
    return inputs.stream()
        .map(
            input -> {
              EvaluatedDecisionInputItem item = new EvaluatedDecisionInputItem();
              item.setInputId(input.inputId());
              item.setInputName(input.inputName());
              item.setInputValue(input.value());
              return item;
            })
        .toList();
  }

  static List<MatchedDecisionRuleItem> rules(List<MatchedRule> rules) {
    return rules.stream()
        .map(
            matched -> {
              MatchedDecisionRuleItem rule = new MatchedDecisionRuleItem();
              rule.setRuleId(matched.ruleId());
              rule.setRuleIndex(matched.ruleIndex());
              rule.setEvaluatedOutputs(
                  matched.outputs().stream()
                      .map(
                          output -> {
                            EvaluatedDecisionOutputItem item = new EvaluatedDecisionOutputItem();
                            item.setOutputId(output.outputId());
                            item.setOutputName(output.outputName());
                            item.setOutputValue(output.value());
                            return item;
                          })
                      .toList());
              return rule;
            })
        .toList();
  }
}
