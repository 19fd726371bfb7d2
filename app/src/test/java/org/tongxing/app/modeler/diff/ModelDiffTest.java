package org.tongxing.app.modeler.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tongxing.app.modeler.ModelerFixtures;
import org.tongxing.app.modeler.resource.ModelFile;

class ModelDiffTest {

  @Test
  void shouldFindTheChangedCellOfADecisionTable() {
    // given
    ModelFile before = ModelerFixtures.decisions();
    ModelFile after =
        before.withContent(
            before.content().replace("<text>months * 1000</text>", "<text>months * 1200</text>"));

    // when
    FileChanges changes = ModelDiff.compare(before, after);

    // then
    assertThat(changes.change()).isEqualTo(ChangeType.CHANGED);
    assertThat(changes.elements())
        .extracting(ElementChange::elementId, ElementChange::ruleNumber, ElementChange::change)
        .containsExactly(tuple("Rule_PerMonth", 2, ChangeType.CHANGED));
    assertThat(changes.elements().get(0).properties())
        .containsExactly(new PropertyChange("output[补贴金额（元）]", "months * 1000", "months * 1200"));
    assertThat(changes.hunks())
        .singleElement()
        .satisfies(
            hunk ->
                assertThat(hunk.lines())
                    .filteredOn(line -> line.type() != TextDiff.LineType.SAME)
                    .extracting(TextDiff.Line::type, TextDiff.Line::text)
                    .containsExactly(
                        tuple(TextDiff.LineType.REMOVED, "          <text>months * 1000</text>"),
                        tuple(TextDiff.LineType.ADDED, "          <text>months * 1200</text>")));
  }

  @Test
  void shouldTellAddedRemovedChangedAndMovedProcessElementsApart() {
    // given a clause changed, an element added, one moved and one removed
    ModelFile before = ModelerFixtures.process();
    String xml =
        before
            .content()
            .replace("value=\"item 6.2\"", "value=\"item 6.3\"")
            .replace("<dc:Bounds x=\"422\" y=\"102\"", "<dc:Bounds x=\"450\" y=\"102\"")
            .replace(
                "<bpmn:endEvent id=\"EndEvent_Granted\"",
                "<bpmn:manualTask id=\"Task_Archive\" name=\"归档\" />\n"
                    + "    <bpmn:endEvent id=\"EndEvent_Granted\"")
            .replace(
                "<bpmn:startEvent id=\"StartEvent_Requested\" name=\"申请康复生活补贴\">",
                "<bpmn:startEvent id=\"StartEvent_Requested\" name=\"申请补贴\">");

    // when
    FileChanges changes = ModelDiff.compare(before, before.withContent(xml));

    // then
    assertThat(changes.elements())
        .extracting(ElementChange::elementId, ElementChange::change)
        .containsExactly(
            tuple("StartEvent_Requested", ChangeType.CHANGED),
            tuple("Task_DecideAmount", ChangeType.CHANGED),
            tuple("Task_Archive", ChangeType.ADDED),
            tuple("EndEvent_Granted", ChangeType.MOVED));
    assertThat(changes.elements().get(1).properties())
        .containsExactly(
            new PropertyChange(
                "zeebe:properties/zeebe:property[policyClause]@value", "item 6.2", "item 6.3"));
  }

  @Test
  void shouldListFilesAddedAndRemoved() {
    // when
    List<FileChanges> changes =
        ModelDiff.compare(List.of(ModelerFixtures.process()), List.of(ModelerFixtures.decisions()));

    // then
    assertThat(changes)
        .extracting(FileChanges::fileName, FileChanges::change)
        .containsExactly(
            tuple("living-allowance-amount.dmn", ChangeType.ADDED),
            tuple("living-allowance.bpmn", ChangeType.REMOVED));
  }
}
