package org.tongxing.app.modeler.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tongxing.app.modeler.resource.InvalidModelException;
import org.tongxing.app.modeler.resource.ModelFile;
import org.tongxing.app.modeler.resource.ModelKind;
import org.tongxing.app.persistence.AppDatabase;
import org.tongxing.app.persistence.TestDatabases;

/** Drafts and their versions on both databases the app runs on. */
class DraftsTest {

  private static final Author POLICY_OWNER = new Author("dpf-policy", "何静");
  private static final Author COLLEAGUE = new Author("dpf-director", "王建华");
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-03-02T01:00:00Z"), ZoneId.of("Asia/Shanghai"));

  static Stream<Arguments> databases() {
    return TestDatabases.both();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void shouldKeepEverySaveAsAVersionWithItsMessageAuthorAndTime(String name, DataSource data) {
    // given
    Drafts drafts = new Drafts(new AppDatabase(data), CLOCK);
    DraftSnapshot started =
        drafts.create(
            "就业补贴 2026 年调整",
            "已部署 grant 版本 1",
            List.of(form("grant-review", "旧")),
            "从已部署版本 1 开始",
            POLICY_OWNER);

    // when
    DraftSnapshot saved =
        drafts.save(
            started.draft().id(),
            1,
            List.of(form("grant-review", "新"), bpmn("grant")),
            Set.of(),
            "改审核说明",
            COLLEAGUE);

    // then
    assertThat(saved.version().number()).isEqualTo(2);
    assertThat(saved.files())
        .extracting(ModelFile::fileName)
        .containsExactly("grant-review.form", "grant.bpmn");
    assertThat(saved.file("grant-review.form").orElseThrow().content()).contains("新");
    assertThat(drafts.versions(started.draft().id()))
        .extracting(DraftVersion::number, DraftVersion::message, v -> v.author().displayName())
        .containsExactly(tuple(2, "改审核说明", "王建华"), tuple(1, "从已部署版本 1 开始", "何静"));
    assertThat(drafts.versions(started.draft().id()).get(0).createdAt().toInstant())
        .isEqualTo(CLOCK.instant());
    // version 1 stays as it was
    assertThat(drafts.snapshot(started.draft().id(), 1).files())
        .singleElement()
        .satisfies(file -> assertThat(file.content()).contains("旧"));
    assertThat(drafts.list())
        .filteredOn(s -> s.draft().id() == started.draft().id())
        .singleElement()
        .satisfies(
            summary -> {
              assertThat(summary.latest().number()).isEqualTo(2);
              assertThat(summary.fileNames()).containsExactly("grant-review.form", "grant.bpmn");
            });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void shouldRestoreAnOldVersionAsTheNextOne(String name, DataSource data) {
    // given
    Drafts drafts = new Drafts(new AppDatabase(data), CLOCK);
    long id =
        drafts
            .create("助学补助", "仓库文件", List.of(form("grant-review", "旧")), "开始", POLICY_OWNER)
            .draft()
            .id();
    drafts.save(id, 1, List.of(bpmn("grant")), Set.of("grant-review.form"), "换成流程", POLICY_OWNER);

    // when
    DraftSnapshot restored = drafts.restore(id, 1, 2, "恢复到版本 1", POLICY_OWNER);

    // then
    assertThat(restored.version().number()).isEqualTo(3);
    assertThat(restored.files())
        .extracting(ModelFile::fileName)
        .containsExactly("grant-review.form");
    assertThat(drafts.versions(id)).hasSize(3);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void shouldRefuseASaveOnAnOutdatedVersionAndSaveNothing(String name, DataSource data) {
    // given two people open version 1; one saves first
    Drafts drafts = new Drafts(new AppDatabase(data), CLOCK);
    long id =
        drafts
            .create("助学补助", "仓库文件", List.of(form("grant-review", "旧")), "开始", POLICY_OWNER)
            .draft()
            .id();
    drafts.save(id, 1, List.of(form("grant-review", "甲")), Set.of(), "甲的修改", COLLEAGUE);

    // when / then
    assertThatThrownBy(
            () ->
                drafts.save(
                    id, 1, List.of(form("grant-review", "乙")), Set.of(), "乙的修改", POLICY_OWNER))
        .isInstanceOf(DraftConflictException.class)
        .hasMessage(
            "Expected to save draft "
                + id
                + " on version 1, but version 2 by"
                + " dpf-director is the latest now");
    assertThat(drafts.versions(id)).hasSize(2);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void shouldRefuseAnUnreadableFileOrAMissingMessage(String name, DataSource data) {
    // given
    Drafts drafts = new Drafts(new AppDatabase(data), CLOCK);
    long id =
        drafts
            .create("助学补助", "仓库文件", List.of(form("grant-review", "旧")), "开始", POLICY_OWNER)
            .draft()
            .id();

    // when / then
    assertThatThrownBy(
            () ->
                drafts.save(
                    id,
                    1,
                    List.of(new ModelFile("broken.bpmn", ModelKind.BPMN, "<bpmn:definitions")),
                    Set.of(),
                    "坏文件",
                    POLICY_OWNER))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("Expected well-formed XML in broken.bpmn, but line 1");
    assertThatThrownBy(
            () ->
                drafts.save(
                    id, 1, List.of(form("grant-review", "新")), Set.of(), "  ", POLICY_OWNER))
        .hasMessage("Expected a message, but got none");
    assertThat(drafts.versions(id)).hasSize(1);
  }

  static ModelFile form(String id, String text) {
    return ModelFile.of(
        id + ".form",
        """
        {"id": "%s", "type": "default", "components": [{"type": "text", "id": "t", "text": "%s"}]}
        """
            .formatted(id, text));
  }

  static ModelFile bpmn(String id) {
    return ModelFile.of(
        id + ".bpmn",
        """
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d">
          <bpmn:process id="%s" isExecutable="true"><bpmn:startEvent id="start"/></bpmn:process>
        </bpmn:definitions>
        """
            .formatted(id));
  }
}
