package org.tongxing.sandbox.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SandboxJournalTest {

  record Grant(String student, BigDecimal amount, OffsetDateTime at) {}

  private static final Grant FIRST =
      new Grant("陈思远", new BigDecimal("1000.00"), OffsetDateTime.parse("2026-03-02T09:00+08:00"));
  private static final Grant SECOND =
      new Grant("林秀芳", new BigDecimal("500.50"), OffsetDateTime.parse("2026-03-03T10:30+08:00"));

  @TempDir Path folder;

  private SandboxJournals journals() {
    return new SandboxJournals(folder, new ObjectMapper().findAndRegisterModules());
  }

  @Test
  void shouldKeepWhatItTookAcrossARestart() {
    // given
    SandboxJournal<Grant> before = journals().open("grants", Grant.class);
    before.computeIfAbsent("a", key -> FIRST);
    before.put("b", FIRST);
    before.put("b", SECOND);
    before.computeIfAbsent("c", key -> FIRST);
    assertThat(before.remove("c", FIRST)).isTrue();

    // when
    SandboxJournal<Grant> after = journals().open("grants", Grant.class);

    // then: the last word on each key, amounts and offsets as they were
    assertThat(after.get("a")).hasValue(FIRST);
    assertThat(after.get("b")).hasValue(SECOND);
    assertThat(after.get("c")).isEmpty();
    assertThat(after.size()).isEqualTo(2);
    assertThat(after.get("b").orElseThrow().amount().scale()).isEqualTo(2);
  }

  @Test
  void shouldCreateOnceAndRecordNothingWhenTheCreationFails() {
    // given
    SandboxJournal<Grant> journal = journals().open("grants", Grant.class);

    // when
    assertThatThrownBy(
            () ->
                journal.computeIfAbsent(
                    "a",
                    key -> {
                      throw new IllegalArgumentException("refused");
                    }))
        .hasMessage("refused");
    Grant made = journal.computeIfAbsent("a", key -> FIRST);
    Grant again = journal.computeIfAbsent("a", key -> SECOND);

    // then
    assertThat(made).isEqualTo(FIRST);
    assertThat(again).isEqualTo(FIRST);
    assertThat(journals().open("grants", Grant.class).get("a")).hasValue(FIRST);
  }

  @Test
  void shouldStartFromTheSeedAndGoBackToItOnResetAlsoAfterARestart() {
    // given
    Map<String, Grant> seed = Map.of("seeded", FIRST);
    SandboxJournal<Grant> journal = journals().open("grants", Grant.class, seed);
    journal.put("new", SECOND);
    assertThat(journal.remove("seeded", FIRST)).isTrue();
    assertThat(journals().open("grants", Grant.class, seed).get("seeded")).isEmpty();

    // when
    journal.reset();

    // then
    assertThat(journal.get("seeded")).hasValue(FIRST);
    assertThat(journal.get("new")).isEmpty();
    SandboxJournal<Grant> restarted = journals().open("grants", Grant.class, seed);
    assertThat(restarted.get("seeded")).hasValue(FIRST);
    assertThat(restarted.get("new")).isEmpty();
  }

  @Test
  void shouldSkipALastLineCutShortByACrash() throws IOException {
    // given
    journals().open("grants", Grant.class).put("a", FIRST);
    Files.writeString(
        folder.resolve("grants.jsonl"),
        "{\"key\":\"b\",\"val",
        StandardCharsets.UTF_8,
        StandardOpenOption.APPEND);

    // when
    SandboxJournal<Grant> journal = journals().open("grants", Grant.class);

    // then
    assertThat(journal.get("a")).hasValue(FIRST);
    assertThat(journal.get("b")).isEmpty();
  }

  @Test
  void shouldRefuseAnUnreadableLineInTheMiddleNamingFileAndLine() throws IOException {
    // given
    Files.writeString(
        folder.resolve("grants.jsonl"),
        "{\"key\":\"a\",\"value\":{\"student\":\"x\"}}\nnot json\n{\"key\":\"b\",\"value\":null}\n",
        StandardCharsets.UTF_8);

    // when / then
    assertThatThrownBy(() -> journals().open("grants", Grant.class))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("grants.jsonl at line 2");
  }

  @Test
  void shouldKeepNothingOnDiskInMemory() {
    // given
    SandboxJournal<Grant> journal = SandboxJournals.inMemory().open("grants", Grant.class);
    journal.put("a", FIRST);

    // then
    assertThat(journal.get("a")).hasValue(FIRST);
    assertThat(SandboxJournals.inMemory().open("grants", Grant.class).get("a")).isEmpty();
  }
}
