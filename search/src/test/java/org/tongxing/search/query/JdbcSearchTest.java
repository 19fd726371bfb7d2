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
    SearchResult<ProcessInstanceEntity> active =
        search.search(
            SearchEntity.PROCESS_INSTANCES,
            new SearchQuery(List.of(Condition.eq("state", "ACTIVE")), List.of(), 0, 10));
    SearchResult<ProcessInstanceEntity> completed =
        search.search(
            SearchEntity.PROCESS_INSTANCES,
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
    List<Long> found =
        search
            .search(
                SearchEntity.PROCESS_INSTANCES,
                new SearchQuery(
                    List.of(
                        new Condition(
                            "variables",
                            Operator.EQ,
                            new VariableValueFilter("applicationId", Operator.EQ, "\"JY-1\""))),
                    List.of(),
                    0,
                    10))
            .items()
            .stream()
            .map(ProcessInstanceEntity::processInstanceKey)
            .toList();

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
    SearchResult<ProcessInstanceEntity> many =
        search.search(
            SearchEntity.PROCESS_INSTANCES,
            new SearchQuery(List.of(county("\"lucheng\"")), List.of(), 0, 5));
    SearchResult<ProcessInstanceEntity> few =
        search.search(
            SearchEntity.PROCESS_INSTANCES,
            new SearchQuery(List.of(county("\"ouhai\"")), List.of(), 0, 5));

    // then the same answers whichever way the search goes
    assertThat(many.items()).hasSize(5);
    assertThat(many.total()).isEqualTo(1_200);
    assertThat(few.items())
        .extracting(ProcessInstanceEntity::processInstanceKey)
        .containsExactlyInAnyOrder(1_201L, 1_202L);
  }

  @Test
  void shouldCountWithoutTheJoinedDefinitionUnlessTheFilterReadsIt() throws SQLException {
    // given instances of a definition whose name the search joins
    insertInstances(0, 60, "ACTIVE");
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO"
                    + " search_process_definition (definition_key, bpmn_process_id, name, version)"
                    + " VALUES (1, 'case', '就业补贴', 1)")) {
      insert.executeUpdate();
    }

    // when
    SearchResult<ProcessInstanceEntity> byState =
        search.search(
            SearchEntity.PROCESS_INSTANCES,
            new SearchQuery(List.of(Condition.eq("state", "ACTIVE")), List.of(), 0, 10));
    SearchResult<ProcessInstanceEntity> byName =
        search.search(
            SearchEntity.PROCESS_INSTANCES,
            new SearchQuery(
                List.of(Condition.eq("processDefinitionName", "就业补贴")), List.of(), 0, 10));
    SearchResult<ProcessInstanceEntity> byOtherName =
        search.search(
            SearchEntity.PROCESS_INSTANCES,
            new SearchQuery(
                List.of(Condition.eq("processDefinitionName", "康复补助")), List.of(), 0, 10));

    // then
    EntityTable<ProcessInstanceEntity> table = SearchTables.of(SearchEntity.PROCESS_INSTANCES);
    assertThat(table.countFrom(" WHERE t.state = ?")).isEqualTo("search_process_instance t");
    assertThat(table.countFrom(" WHERE d.name = ?")).isEqualTo(table.from());
    assertThat(byState.total()).isEqualTo(60);
    assertThat(byName.total()).isEqualTo(60);
    assertThat(byName.items())
        .extracting(ProcessInstanceEntity::processDefinitionName)
        .containsOnly("就业补贴");
    assertThat(byOtherName.total()).isZero();
  }

  @Test
  void shouldOrderByTheColumnsAnEqualityFixesWhenAnIndexServesThemAndTheOrder() {
    // given
    EntityTable<?> instances = SearchTables.of(SearchEntity.PROCESS_INSTANCES);
    List<SearchQuery.SortOrder> newestFirst = List.of(new SearchQuery.SortOrder("startDate", true));

    // when
    String byProcessAndState =
        JdbcSearch.fixedColumns(
            instances,
            List.of(Condition.eq("state", "ACTIVE"), Condition.eq("processDefinitionId", "case")),
            newestFirst);
    String byState =
        JdbcSearch.fixedColumns(instances, List.of(Condition.eq("state", "ACTIVE")), newestFirst);
    String byProcessOnly =
        JdbcSearch.fixedColumns(
            instances, List.of(Condition.eq("processDefinitionId", "case")), newestFirst);
    String byStateAscendingEnd =
        JdbcSearch.fixedColumns(
            instances,
            List.of(Condition.eq("state", "ACTIVE")),
            List.of(new SearchQuery.SortOrder("endDate", false)));

    // then the longest index prefix the equalities fix, in the order's direction
    assertThat(byProcessAndState).isEqualTo("t.bpmn_process_id DESC, t.state DESC, ");
    assertThat(byState).isEqualTo("t.state DESC, ");
    assertThat(byProcessOnly).isEmpty();
    assertThat(byStateAscendingEnd).isEmpty();
  }

  @Test
  void shouldReadAStatesNewestInstancesFromTheIndexInOrderNotSortEveryMatch() throws SQLException {
    // given
    insertInstances(0, 200, "ACTIVE");
    insertInstances(1_000, 200, "COMPLETED");

    // when the search's SQL for the newest active instances is explained
    SearchResult<ProcessInstanceEntity> page =
        search.search(
            SearchEntity.PROCESS_INSTANCES,
            new SearchQuery(
                List.of(Condition.eq("state", "COMPLETED")),
                List.of(new SearchQuery.SortOrder("startDate", true)),
                0,
                3));
    String plan;
    try (Connection connection = dataSource.getConnection();
        PreparedStatement explain =
            connection.prepareStatement(
                "EXPLAIN SELECT t.instance_key"
                    + " FROM search_process_instance t WHERE t.state = ? ORDER BY "
                    + JdbcSearch.fixedColumns(
                        SearchTables.of(SearchEntity.PROCESS_INSTANCES),
                        List.of(Condition.eq("state", "COMPLETED")),
                        List.of(new SearchQuery.SortOrder("startDate", true)))
                    + "t.start_time DESC, t.instance_key DESC LIMIT 3")) {
      explain.setString(1, "COMPLETED");
      try (var rows = explain.executeQuery()) {
        rows.next();
        plan = rows.getString(1);
      }
    }

    // then
    assertThat(page.items())
        .extracting(ProcessInstanceEntity::processInstanceKey)
        .containsExactly(1_199L, 1_198L, 1_197L);
    assertThat(plan).contains("index sorted");
  }

  private static Condition county(String json) {
    return new Condition(
        "variables", Operator.EQ, new VariableValueFilter("county", Operator.EQ, json));
  }

  private void insertInstances(long firstKey, int count, String state) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO"
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
        PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO search_variable"
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
