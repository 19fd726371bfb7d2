package org.tongxing.app.persistence;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;
import java.util.stream.Stream;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Both databases the app's tables run on, for {@code @MethodSource}: a fresh H2 in memory and a
 * real PostgreSQL (one per test JVM, stopped when the JVM ends).
 */
public final class TestDatabases {

  private static EmbeddedPostgres postgres;

  private TestDatabases() {}

  /** {@code Arguments.of(name, dataSource)} for H2 and for PostgreSQL. */
  public static Stream<Arguments> both() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    return Stream.of(
        Arguments.of("H2", h2), Arguments.of("PostgreSQL", postgres().getPostgresDatabase()));
  }

  private static synchronized EmbeddedPostgres postgres() {
    if (postgres == null) {
      try {
        postgres = EmbeddedPostgres.start();
      } catch (IOException e) {
        throw new UncheckedIOException("Expected to start an embedded PostgreSQL", e);
      }
      EmbeddedPostgres started = postgres;
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    try {
                      started.close();
                    } catch (IOException e) {
                      // the JVM ends anyway
                    }
                  }));
    }
    return postgres;
  }
}
