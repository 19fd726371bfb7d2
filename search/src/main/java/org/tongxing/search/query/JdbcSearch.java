package org.tongxing.search.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.tongxing.search.entity.ElementStatistics;
import org.tongxing.search.entity.SequenceFlowEntity;

/** Runs searches and look-ups by key against the search tables (the default projection). */
public final class JdbcSearch implements SearchBackend {

  private final DataSource dataSource;
  private final ProcessStatistics statistics;

  public JdbcSearch(DataSource dataSource) {
    this.dataSource = dataSource;
    this.statistics = new ProcessStatistics(dataSource);
  }

  @Override
  public <T> SearchResult<T> search(SearchEntity<T> entity, SearchQuery query) {
    entity.check(query);
    EntityTable<T> table = SearchTables.of(entity);
    List<SearchQuery.SortOrder> sort = entity.effectiveSort(query);
    boolean backwards = query.before() != null;
    // the page before a cursor: the items before it in reverse order, turned round
    List<SearchQuery.SortOrder> order =
        backwards ? sort.stream().map(SearchQuery.SortOrder::reversed).toList() : sort;
    try (Connection connection = dataSource.getConnection()) {
      return search(connection, entity, table, query, sort, backwards, order);
    } catch (SQLException e) {
      throw new IllegalStateException("Expected to search " + table.from() + ", but failed", e);
    }
  }

  private <T> SearchResult<T> search(
      Connection connection,
      SearchEntity<T> entity,
      EntityTable<T> table,
      SearchQuery query,
      List<SearchQuery.SortOrder> sort,
      boolean backwards,
      List<SearchQuery.SortOrder> order)
      throws SQLException {
    List<Object> parameters = new ArrayList<>();
    String where = where(table, query.conditions(), parameters, rowCount(connection));
    List<Object> pageParameters = new ArrayList<>(parameters);
    String pageWhere = where;
    if (query.hasCursor()) {
      String field = backwards ? "page.before" : "page.after";
      List<Object> values =
          PageCursor.decode(field, backwards ? query.before() : query.after(), sort);
      String after = Keyset.after(table, entity, order, values, pageParameters);
      pageWhere = where.isEmpty() ? " WHERE " + after : where + " AND " + after;
    }
    StringBuilder select = new StringBuilder("SELECT ").append(table.select());
    for (int i = 0; i < order.size(); i++) {
      select
          .append(", ")
          .append(column(table, order.get(i).field()))
          .append(" AS cursor_")
          .append(i);
    }
    String sql =
        select
            + " FROM "
            + table.from()
            + pageWhere
            + " ORDER BY "
            + fixedColumns(table, query.conditions(), order)
            + Keyset.orderBy(table, entity, order)
            + " LIMIT "
            + query.limit()
            + (query.hasCursor() ? "" : " OFFSET " + query.from());
    // counted up to a bound, as Elasticsearch tracks total hits: counting a million matches
    // would cost more than finding the page
    String count =
        "SELECT COUNT(*) FROM (SELECT 1 FROM "
            + table.countFrom(where)
            + where
            + " LIMIT "
            + (SearchEntity.MAX_COUNT + 1)
            + ") matching";
    List<T> items = new ArrayList<>();
    List<List<Object>> cursors = new ArrayList<>();
    try (PreparedStatement statement = prepare(connection, sql, pageParameters);
        ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        items.add(table.mapper().map(rows));
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
          values.add(rows.getObject("cursor_" + i));
        }
        cursors.add(values);
      }
    }
    if (backwards) {
      Collections.reverse(items);
      Collections.reverse(cursors);
    }
    long total;
    if (!query.hasCursor() && query.from() == 0 && items.size() < query.limit()) {
      total = items.size(); // the page holds everything: no need to count
    } else {
      try (PreparedStatement statement = prepare(connection, count, parameters);
          ResultSet rows = statement.executeQuery()) {
        rows.next();
        total = rows.getLong(1);
      }
    }
    return new SearchResult<>(
        items,
        Math.min(total, SearchEntity.MAX_COUNT),
        total > SearchEntity.MAX_COUNT,
        cursors.isEmpty() ? null : PageCursor.encode(sort, cursors.get(0)),
        cursors.isEmpty() ? null : PageCursor.encode(sort, cursors.get(cursors.size() - 1)));
  }

  /**
   * The columns an equality of the query fixes that come before the order's first field in one of
   * the table's order indexes, as the first terms of the ORDER BY (with a comma after them), or
   * nothing. They change no result (each has one value), but H2 walks an index in the order of a
   * query, and stops at the page's end, only when the ORDER BY starts with the index's columns: a
   * department's open tasks newest first read the index on state and creation time from the newest
   * open task on, instead of every open task sorted. PostgreSQL sees the same by itself; the extra
   * terms cost it nothing.
   */
  static String fixedColumns(
      EntityTable<?> table, List<Condition> conditions, List<SearchQuery.SortOrder> order) {
    java.util.Set<String> fixed = new java.util.HashSet<>();
    for (Condition condition : conditions) {
      if (condition.operator() == Operator.EQ
          && condition.value() != null
          && table.fields().containsKey(condition.field())
          && !table.specialConditions().containsKey(condition.field())) {
        fixed.add(table.fields().get(condition.field()));
      }
    }
    String first = column(table, order.get(0).field());
    List<String> best = List.of();
    for (List<String> index : table.orderIndexes()) {
      int at = index.indexOf(first);
      if (at > best.size() && fixed.containsAll(index.subList(0, at))) {
        best = index.subList(0, at);
      }
    }
    String direction = order.get(0).descending() ? " DESC, " : " ASC, ";
    StringBuilder terms = new StringBuilder();
    best.forEach(column -> terms.append(column).append(direction));
    return terms.toString();
  }

  /** Counts on the search's own connection. */
  static EntityTable.RowCount rowCount(Connection connection) {
    return (bound, fromWhere, parameters) -> {
      String sql =
          "SELECT COUNT(*) FROM (SELECT 1 FROM " + fromWhere + " LIMIT " + bound + ") counted";
      try (PreparedStatement statement = prepare(connection, sql, parameters);
          ResultSet rows = statement.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      } catch (SQLException e) {
        throw new IllegalStateException("Expected to count " + fromWhere + ", but failed", e);
      }
    };
  }

  @Override
  public <T> Optional<T> get(SearchEntity<T> entity, Object key) {
    return search(
            entity,
            new SearchQuery(
                List.of(new Condition(Condition.KEY, Operator.EQ, key)), List.of(), 0, 1))
        .items()
        .stream()
        .findFirst();
  }

  @Override
  public Optional<String> processDefinitionXml(long processDefinitionKey) {
    return statistics.processDefinitionXml(processDefinitionKey);
  }

  @Override
  public List<ElementStatistics> elementStatisticsOfDefinition(
      long processDefinitionKey, List<Condition> instanceConditions) {
    SearchEntity.PROCESS_INSTANCES.check(SearchQuery.of(instanceConditions));
    return statistics.ofDefinition(processDefinitionKey, instanceConditions);
  }

  @Override
  public List<ElementStatistics> elementStatisticsOfInstance(long processInstanceKey) {
    return statistics.ofInstance(processInstanceKey);
  }

  @Override
  public List<SequenceFlowEntity> sequenceFlows(long processInstanceKey) {
    return statistics.sequenceFlows(processInstanceKey);
  }

  static String column(EntityTable<?> table, String field) {
    String expression = table.fields().get(field);
    if (expression == null) {
      throw new IllegalStateException(
          "Expected a column for field '" + field + "' in " + table.from() + ", but there is none");
    }
    return expression;
  }

  private static String where(
      EntityTable<?> table,
      List<Condition> conditions,
      List<Object> parameters,
      EntityTable.RowCount rows) {
    List<String> clauses = clauses(table, conditions, parameters, rows);
    return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
  }

  /** The SQL of each condition on the table's fields, its values added to the parameters. */
  static List<String> clauses(
      EntityTable<?> table,
      List<Condition> conditions,
      List<Object> parameters,
      EntityTable.RowCount rows) {
    List<String> clauses = new ArrayList<>();
    for (Condition condition : conditions) {
      if (condition.operator() == Operator.ANY_OF) {
        clauses.add(anyOf(table, condition, parameters, rows));
      } else if (condition.operator() == Operator.NONE) {
        clauses.add("1 = 0");
      } else if (condition.field().equals(Condition.KEY)) {
        clauses.add(SqlConditions.render(table.keyColumn(), condition, parameters));
      } else if (table.specialConditions().containsKey(condition.field())) {
        clauses.add(
            table.specialConditions().get(condition.field()).render(condition, parameters, rows));
      } else {
        clauses.add(SqlConditions.render(column(table, condition.field()), condition, parameters));
      }
    }
    return clauses;
  }

  private static String anyOf(
      EntityTable<?> table,
      Condition condition,
      List<Object> parameters,
      EntityTable.RowCount rows) {
    List<String> alternatives = new ArrayList<>();
    for (Object alternative : (List<?>) condition.value()) {
      @SuppressWarnings("unchecked")
      List<String> all = clauses(table, (List<Condition>) alternative, parameters, rows);
      alternatives.add(all.isEmpty() ? "1 = 1" : "(" + String.join(" AND ", all) + ")");
    }
    return alternatives.isEmpty() ? "1 = 1" : "(" + String.join(" OR ", alternatives) + ")";
  }

  static PreparedStatement prepare(Connection connection, String sql, List<Object> parameters)
      throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    for (int i = 0; i < parameters.size(); i++) {
      statement.setObject(i + 1, parameters.get(i));
    }
    return statement;
  }
}
