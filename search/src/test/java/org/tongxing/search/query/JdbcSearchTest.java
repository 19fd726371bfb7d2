package org.tongxing.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongxing.search.SearchSchema;
import org.tongxing.search.entity.ProcessInstanceEntity;

/** The search side's SQL on its own: counting and variable filters over many rows. */
class JdbcSearchTest {

  private final JdbcDataSource dataSource = new JdbcDataSource();
  private JdbcSearch search;

  @BeforeEach
  void migrate() {
    dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    SearchSchema.migrate(dataSource);
    search = new JdbcSearch(dataSource);
  }

  @Test
  void shouldCountMatchesOnlyUpToTheBoundAndSayThereAreMore() throws SQLException {
    // given more active instances than the count goes to, and a few completed ones
    insertInstances(0, 10_050, "ACTIVE");
    insertInstances(20_000, 5, "COMPLETED");

    // when
    SearchResult<ProcessInstanceEntity> active = search.search(SearchEntity.PROCESS_INSTANCES,
        new SearchQuery(List.of(Condition.eq("state", "ACTIVE")), List.of(), 0, 10));
    SearchResult<ProcessInstanceEntity> completed = search.search(SearchEntity.PROCESS_INSTANCES,
        new SearchQuery(List.of(Condition.eq("state", "COMPLETED")), List.of(), 0, 2));

    // then
    assertThat(active.items()).hasSize(10);
    assertThat(active.total()).isEqualTo(SearchEntity.MAX_COUNT);
    assertThat(active.moreThanTotal()).isTrue();
    assertThat(completed.total()).isEqualTo(5);
    assertThat(completed.moreThanTotal()).isFalse();
  }

  @Test
  void shouldFindAnInstanceByTheValueOfAVariableAndNotByAnotherVariablesValue()
      throws SQLException {
    // given
    insertInstances(1, 3, "ACTIVE");
    insertVariable(11, 1, "applicationId", "\"JY-1\"");
    insertVariable(12, 2, "applicationId", "\"JY-2\"");
    insertVariable(13, 3, "caseNote", "\"JY-1\"");

    // when
    List<Long> found = search.search(SearchEntity.PROCESS_INSTANCES, new SearchQuery(List.of(
            new Condition("variables", Operator.EQ,
                new VariableValueFilter("applicationId", Operator.EQ, "\"JY-1\""))),
            List.of(), 0, 10))
        .items().stream().map(ProcessInstanceEntity::processInstanceKey).toList();

    // then
    assertThat(found).containsExactly(1L);
  }

  @Test
  void shouldFindByAValueThatManyAndByOneThatFewVariablesHold() throws SQLException {
    // given many cases of one county, two of another
    insertInstances(1, 1_202, "ACTIVE");
    for (long key = 1; key <= 1_202; key++) {
      insertVariable(10_000 + key, key, "county", key <= 1_200 ? "\"lucheng\"" : "\"ouhai\"");
    }

    // when
    SearchResult<ProcessInstanceEntity> many = search.search(SearchEntity.PROCESS_INSTANCES,
        new SearchQuery(List.of(county("\"lucheng\"")), List.of(), 0, 5));
    SearchResult<ProcessInstanceEntity> few = search.search(SearchEntity.PROCESS_INSTANCES,
        new SearchQuery(List.of(county("\"ouhai\"")), List.of(), 0, 5));

    // then the same answers whichever way the search goes
    assertThat(many.items()).hasSize(5);
    assertThat(many.total()).isEqualTo(1_200);
    assertThat(few.items()).extracting(ProcessInstanceEntity::processInstanceKey)
        .containsExactlyInAnyOrder(1_201L, 1_202L);
  }

  private static Condition county(String json) {
    return new Condition("variables", Operator.EQ,
        new VariableValueFilter("county", Operator.EQ, json));
  }

  private void insertInstances(long firstKey, int count, String state) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert = connection.prepareStatement("INSERT INTO"
            + " search_process_instance (instance_key, definition_key, bpmn_process_id, version,"
            + " state, start_time) VALUES (?, 1, 'case', 1, ?, ?)")) {
      for (long key = firstKey; key < firstKey + count; key++) {
        insert.setLong(1, key);
        insert.setString(2, state);
        insert.setLong(3, key);
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  private void insertVariable(long key, long instanceKey, String name, String value)
      throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert = connection.prepareStatement("INSERT INTO search_variable"
            + " (variable_key, name, var_value, value_prefix, scope_key, process_instance_key)"
            + " VALUES (?, ?, ?, ?, ?, ?)")) {
      insert.setLong(1, key);
      insert.setString(2, name);
      insert.setString(3, value);
      insert.setString(4, value);
      insert.setLong(5, instanceKey);
      insert.setLong(6, instanceKey);
      insert.executeUpdate();
    }
  }
}
