package org.tongxing.app.attachments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.util.unit.DataSize;
import org.tongxing.app.persistence.AppDatabase;

/** Attachments checked by size, type and content, stored in the database or a folder. */
class CaseAttachmentsTest {

  private static final byte[] PDF = "%PDF-1.7\n1 0 obj\n".getBytes(StandardCharsets.US_ASCII);
  private static EmbeddedPostgres postgres;

  @TempDir Path folder;

  static Stream<Arguments> databases() throws IOException {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    if (postgres == null) {
      postgres = EmbeddedPostgres.start();
    }
    return Stream.of(
        Arguments.of("H2", h2), Arguments.of("PostgreSQL", postgres.getPostgresDatabase()));
  }

  @AfterAll
  static void stopPostgres() throws IOException {
    if (postgres != null) {
      postgres.close();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void shouldStoreADocumentInTheDatabaseAndReadItBack(String name, DataSource dataSource) {
    // given
    CaseAttachments attachments = attachments(dataSource, "database", Optional.empty());
    long instance = System.nanoTime();

    // when
    Attachment added =
        attachments.add(instance, 7, "C:\\材料\\营业执照.pdf", PDF, "副本", "dpf-zhang", "张敏");

    // then the name without its path, the type from the content, the bytes as they were
    assertThat(added.fileName()).isEqualTo("营业执照.pdf");
    assertThat(added.contentType()).isEqualTo("application/pdf");
    assertThat(attachments.ofCase(instance)).extracting(Attachment::id).containsExactly(added.id());
    assertThat(attachments.content(added.id())).isEqualTo(PDF);
  }

  @Test
  void shouldStoreADocumentInTheFolderUnderARandomName() throws IOException {
    // given
    CaseAttachments attachments = attachments(h2(), "folder", Optional.empty());

    // when
    Attachment added = attachments.add(1, 7, "../../etc/passwd.pdf", PDF, null, "dpf-zhang", "张敏");

    // then
    try (Stream<Path> files = Files.list(folder)) {
      List<Path> stored = files.toList();
      assertThat(stored).hasSize(1);
      assertThat(stored.get(0).getFileName().toString()).endsWith(".pdf").doesNotContain("passwd");
    }
    assertThat(added.fileName()).isEqualTo("passwd.pdf");
    assertThat(attachments.content(added.id())).isEqualTo(PDF);
  }

  @Test
  void shouldRefuseWhatIsNotWhatItsNameSaysOrTooLargeOrNotAccepted() {
    // given
    CaseAttachments attachments = attachments(h2(), "database", Optional.empty());

    // when / then
    assertThatThrownBy(
            () ->
                attachments.add(
                    1,
                    7,
                    "证明.pdf",
                    "MZ\u0090".getBytes(StandardCharsets.ISO_8859_1),
                    null,
                    "u",
                    "u"))
        .isInstanceOfSatisfying(
            AttachmentRefusedException.class,
            e -> assertThat(e.code()).isEqualTo(CaseAttachments.CONTENT));
    assertThatThrownBy(() -> attachments.add(1, 7, "setup.exe", PDF, null, "u", "u"))
        .isInstanceOfSatisfying(
            AttachmentRefusedException.class,
            e -> assertThat(e.code()).isEqualTo(CaseAttachments.TYPE));
    assertThatThrownBy(
            () -> attachments.add(1, 7, "大.pdf", new byte[2 * 1024 * 1024 + 1], null, "u", "u"))
        .isInstanceOfSatisfying(
            AttachmentRefusedException.class,
            e -> assertThat(e.code()).isEqualTo(CaseAttachments.TOO_LARGE));
  }

  @Test
  void shouldRefuseWhatTheScannerFindsAThreatIn() {
    // given
    CaseAttachments attachments = attachments(h2(), "database", Optional.of("Eicar-Signature"));

    // when / then
    assertThatThrownBy(() -> attachments.add(1, 7, "证明.pdf", PDF, null, "u", "u"))
        .isInstanceOfSatisfying(
            AttachmentRefusedException.class,
            e -> {
              assertThat(e.code()).isEqualTo(CaseAttachments.THREAT);
              assertThat(e.arguments()).contains("Eicar-Signature");
            });
  }

  private CaseAttachments attachments(
      DataSource dataSource, String storage, Optional<String> threat) {
    return new CaseAttachments(
        new AppDatabase(dataSource),
        new AttachmentProperties(
            storage, folder, DataSize.ofMegabytes(2), List.of("pdf", "png"), "", 3310),
        (fileName, content) -> threat);
  }

  private static DataSource h2() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    return h2;
  }
}
