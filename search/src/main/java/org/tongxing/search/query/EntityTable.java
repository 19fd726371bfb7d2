package org.tongxing.search.query;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * How one kind of entity is stored and searched: the FROM clause, the columns it is read from,
 * and which API field filters or sorts which SQL expression.
 *
 * @param from the FROM clause, the main table aliased {@code t}
 * @param select the selected columns
 * @param keyColumn the column that identifies an entity
 * @param fields API field name → SQL expression, for filters and sorting
 * @param specialConditions API fields that need their own SQL (e.g. an EXISTS over a side table)
 */
public record EntityTable<T>(
    String from,
    String select,
    String keyColumn,
    Map<String, String> fields,
    Map<String, SpecialCondition> specialConditions,
    RowMapper<T> mapper) {

  /** Reads an entity from the current row. */
  @FunctionalInterface
  public interface RowMapper<T> {
    T map(ResultSet row) throws SQLException;
  }

  /** Renders a condition on a field that is not a plain column. */
  @FunctionalInterface
  public interface SpecialCondition {
    String render(Condition condition, List<Object> parameters, RowCount rows);
  }

  /**
   * Asks the database how many rows a query finds, up to a bound: a condition may pick its SQL
   * by how selective its value is.
   */
  @FunctionalInterface
  public interface RowCount {
    long upTo(long bound, String fromWhere, List<Object> parameters);
  }
}
