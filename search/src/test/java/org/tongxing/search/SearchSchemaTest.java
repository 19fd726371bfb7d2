package org.tongxing.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** The search tables' migrations run once; a database at the latest version skips Flyway. */
class SearchSchemaTest {

  private static final Pattern VERSIONED = Pattern.compile("V(\\d+)__.*\\.sql");

  @Test
  void shouldKnowTheLatestVersionOfEveryVendorsMigrations() throws Exception {
    for (String vendor : new String[] {"h2", "postgresql"}) {
      // when
      int latest;
      try (Stream<Path> scripts =
          Files.list(Path.of(SearchSchemaTest.class.getResource("/db/search/" + vendor).toURI()))) {
        latest =
            scripts
                .map(path -> VERSIONED.matcher(path.getFileName().toString()))
                .filter(Matcher::matches)
                .mapToInt(m -> Integer.parseInt(m.group(1)))
                .max()
                .orElseThrow();
      }

      // then
      assertThat(SearchSchema.MIGRATIONS.latestVersion()).as(vendor).isEqualTo(latest);
    }
  }

  @Test
  void shouldMigrateANewDatabaseAndThenSeeItCurrent() {
    // given
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    assertThat(SearchSchema.MIGRATIONS.isCurrent(dataSource)).isFalse();

    // when
    SearchSchema.migrate(dataSource);

    // then
    assertThat(SearchSchema.MIGRATIONS.isCurrent(dataSource)).isTrue();
  }
}
