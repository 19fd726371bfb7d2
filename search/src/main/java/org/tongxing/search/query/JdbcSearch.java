package org.tongxing.search.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** Runs searches and look-ups by key against the search tables. */
public final class JdbcSearch {

  /** The most items one page may hold. */
  public static final int MAX_PAGE_SIZE = 10_000;

  private final DataSource dataSource;

  /** Searches count their matches up to this many (Elasticsearch's default). */
  public static final long MAX_COUNT = 10_000;

  public JdbcSearch(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  public <T> SearchResult<T> search(EntityTable<T> table, SearchQuery query) {
    if (query.limit() < 0 || query.limit() > MAX_PAGE_SIZE) {
      throw new InvalidQueryException("page.limit",
          "Expected page.limit between 0 and " + MAX_PAGE_SIZE + ", but got " + query.limit());
    }
    if (query.from() < 0) {
      throw new InvalidQueryException("page.from",
          "Expected page.from to be zero or more, but got " + query.from());
    }
    List<Object> parameters = new ArrayList<>();
    String where = where(table, query.conditions(), parameters);
    String orderBy = orderBy(table, query.sort());
    String sql = "SELECT " + table.select() + " FROM " + table.from() + where + " ORDER BY "
        + orderBy + " LIMIT " + query.limit() + " OFFSET " + query.from();
    // counted up to a bound, as Elasticsearch tracks total hits: counting a million matches
    // would cost more than finding the page
    String count = "SELECT COUNT(*) FROM (SELECT 1 FROM " + table.from() + where + " LIMIT "
        + (MAX_COUNT + 1) + ") matching";
    try (Connection connection = dataSource.getConnection()) {
      List<T> items = new ArrayList<>();
      try (PreparedStatement select = prepare(connection, sql, parameters);
          ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          items.add(table.mapper().map(rows));
        }
      }
      long total;
      if (query.from() == 0 && items.size() < query.limit()) {
        total = items.size(); // the page holds everything: no need to count
      } else {
        try (PreparedStatement select = prepare(connection, count, parameters);
            ResultSet rows = select.executeQuery()) {
          rows.next();
          total = rows.getLong(1);
        }
      }
      return new SearchResult<>(items, Math.min(total, MAX_COUNT), total > MAX_COUNT);
    } catch (SQLException e) {
      throw new IllegalStateException("Expected to search " + table.from() + ", but failed", e);
    }
  }

  /** The entity with the key (a number, or the text key of a decision instance). */
  public <T> Optional<T> get(EntityTable<T> table, Object key) {
    return search(table, byKey(key)).items().stream().findFirst();
  }

  private static SearchQuery byKey(Object key) {
    return new SearchQuery(List.of(new Condition("$key", Operator.EQ, key)), List.of(), 0, 1);
  }

  private static String where(EntityTable<?> table, List<Condition> conditions,
      List<Object> parameters) {
    List<String> clauses = clauses(table, conditions, parameters);
    return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
  }

  /** The SQL of each condition on the table's fields, its values added to the parameters. */
  static List<String> clauses(EntityTable<?> table, List<Condition> conditions,
      List<Object> parameters) {
    List<String> clauses = new ArrayList<>();
    for (Condition condition : conditions) {
      if (condition.operator() == Operator.ANY_OF) {
        clauses.add(anyOf(table, condition, parameters));
        continue;
      }
      if (condition.field().equals("$key")) {
        clauses.add(SqlConditions.render(table.keyColumn(), condition, parameters));
        continue;
      }
      var special = table.specialConditions().get(condition.field());
      if (special != null) {
        clauses.add(special.render(condition, parameters));
        continue;
      }
      String expression = table.fields().get(condition.field());
      if (expression == null) {
        throw new InvalidQueryException(condition.field(),
            "Expected a filter field of " + table.fields().keySet() + ", but got '"
                + condition.field() + "'");
      }
      clauses.add(SqlConditions.render(expression, condition, parameters));
    }
    return clauses;
  }

  private static String anyOf(EntityTable<?> table, Condition condition,
      List<Object> parameters) {
    List<String> alternatives = new ArrayList<>();
    for (Object alternative : (List<?>) condition.value()) {
      @SuppressWarnings("unchecked")
      List<String> all = clauses(table, (List<Condition>) alternative, parameters);
      alternatives.add(all.isEmpty() ? "1 = 1" : "(" + String.join(" AND ", all) + ")");
    }
    return alternatives.isEmpty() ? "1 = 1" : "(" + String.join(" OR ", alternatives) + ")";
  }

  private static String orderBy(EntityTable<?> table, List<SearchQuery.SortOrder> sort) {
    if (sort.isEmpty()) {
      return table.defaultSort();
    }
    List<String> orders = new ArrayList<>();
    for (SearchQuery.SortOrder order : sort) {
      String expression = table.fields().get(order.field());
      if (expression == null) {
        throw new InvalidQueryException(order.field(),
            "Expected a sort field of " + table.fields().keySet() + ", but got '" + order.field()
                + "'");
      }
      orders.add(expression + (order.descending() ? " DESC" : " ASC"));
    }
    // the key last keeps pages stable when the sort values tie
    orders.add(table.keyColumn() + " ASC");
    return String.join(", ", orders);
  }

  static PreparedStatement prepare(Connection connection, String sql,
      List<Object> parameters) throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    for (int i = 0; i < parameters.size(); i++) {
      statement.setObject(i + 1, parameters.get(i));
    }
    return statement;
  }
}
