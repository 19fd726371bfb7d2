package org.tongxing.engine.log;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tongxing.engine.api.ActivatedJob;
import org.tongxing.engine.api.EngineCommand;
import org.tongxing.engine.record.ProcessInstanceIntent;
import org.tongxing.engine.util.EngineRule;

/** The engine on a real PostgreSQL server: migrations, the log, and replay after a restart. */
class PostgresqlEngineTest {

  private static EmbeddedPostgres postgres;
  private static final AtomicInteger DATABASES = new AtomicInteger();

  @RegisterExtension final EngineRule engine = new EngineRule(directory -> freshDatabase());

  @BeforeAll
  static void startPostgres() throws IOException {
    postgres = EmbeddedPostgres.start();
  }

  @AfterAll
  static void stopPostgres() throws IOException {
    postgres.close();
  }

  /** One database per test, so tests do not see each other's logs. */
  private static DataSource freshDatabase() {
    String name = "engine_" + DATABASES.incrementAndGet();
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return postgres.getDatabase("postgres", name);
  }

  @Test
  void shouldRunAProcessAndReplayItsStateAfterARestart() {
    // given
    engine.deploy(
        Bpmn.createExecutableProcess("pg")
            .startEvent()
            .serviceTask("work", t -> t.zeebeJobType("pg-work"))
            .endEvent("done")
            .done());
    long instanceKey = engine.createInstance("pg", Map.of("amount", "2000"));

    // when
    engine.restart();
    List<ActivatedJob> jobs = engine.activateJobs("pg-work");
    EngineRule.await(
        engine
            .engine()
            .execute(new EngineCommand.CompleteJob(jobs.get(0).key(), Map.of("paid", "true"))));

    // then
    assertThat(jobs)
        .singleElement()
        .satisfies(job -> assertThat(job.variables()).containsEntry("amount", "2000"));
    engine.awaitRecord(
        r -> r.key() == instanceKey && r.intent() == ProcessInstanceIntent.ELEMENT_COMPLETED);
  }
}
