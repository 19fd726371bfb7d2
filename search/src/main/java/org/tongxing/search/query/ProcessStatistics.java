package org.tongxing.search.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.tongxing.search.entity.ElementStatistics;
import org.tongxing.search.entity.SequenceFlowEntity;

/**
 * The default projection's answers to what a diagram with live counts needs (see {@link
 * SearchBackend#elementStatisticsOfDefinition}), and a definition's XML.
 */
final class ProcessStatistics {

  private static final String COUNTS =
      "SELECT e.element_id,"
          + " SUM(CASE WHEN e.state = 'ACTIVE' AND e.incident_key IS NULL THEN 1 ELSE 0 END),"
          + " SUM(CASE WHEN e.state = 'COMPLETED' THEN 1 ELSE 0 END),"
          + " SUM(CASE WHEN e.state = 'TERMINATED' THEN 1 ELSE 0 END),"
          + " SUM(CASE WHEN e.state = 'ACTIVE' AND e.incident_key IS NOT NULL THEN 1 ELSE 0 END)"
          + " FROM search_element_instance e";
  private static final String FLOW_NODES =
      " e.element_type NOT IN ('PROCESS', 'MULTI_INSTANCE_BODY')";
  private static final String BY_ELEMENT = " GROUP BY e.element_id ORDER BY e.element_id";

  private final DataSource dataSource;

  ProcessStatistics(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  List<ElementStatistics> ofDefinition(
      long processDefinitionKey, List<Condition> instanceConditions) {
    List<Object> parameters = new ArrayList<>();
    parameters.add(processDefinitionKey);
    StringBuilder sql = new StringBuilder(COUNTS);
    if (!instanceConditions.isEmpty()) {
      sql.append(
          " JOIN search_process_instance t ON t.instance_key = e.process_instance_key"
              + " LEFT JOIN search_process_definition d ON d.definition_key = t.definition_key");
    }
    sql.append(" WHERE e.definition_key = ? AND").append(FLOW_NODES);
    try (Connection connection = dataSource.getConnection()) {
      for (String clause :
          JdbcSearch.clauses(
              SearchTables.PROCESS_INSTANCES,
              instanceConditions,
              parameters,
              JdbcSearch.rowCount(connection))) {
        sql.append(" AND ").append(clause);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Expected to count element instances, but failed", e);
    }
    return counts(sql.append(BY_ELEMENT).toString(), parameters);
  }

  List<ElementStatistics> ofInstance(long processInstanceKey) {
    return counts(
        COUNTS + " WHERE e.process_instance_key = ? AND" + FLOW_NODES + BY_ELEMENT,
        List.of(processInstanceKey));
  }

  Optional<String> processDefinitionXml(long processDefinitionKey) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            JdbcSearch.prepare(
                connection,
                "SELECT bpmn_xml FROM search_process_definition WHERE definition_key = ?",
                List.of(processDefinitionKey));
        ResultSet rows = select.executeQuery()) {
      return rows.next() ? Optional.ofNullable(rows.getString(1)) : Optional.empty();
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Expected to read the XML of process definition " + processDefinitionKey + ", but failed",
          e);
    }
  }

  List<SequenceFlowEntity> sequenceFlows(long processInstanceKey) {
    String sql =
        "SELECT process_instance_key, element_id, definition_key, bpmn_process_id"
            + " FROM search_sequence_flow WHERE process_instance_key = ? ORDER BY element_id";
    List<SequenceFlowEntity> flows = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            JdbcSearch.prepare(connection, sql, List.of(processInstanceKey));
        ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        flows.add(
            new SequenceFlowEntity(
                rows.getLong(1), rows.getString(2), rows.getLong(3), rows.getString(4)));
      }
      return flows;
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Expected to read the sequence flows of process instance "
              + processInstanceKey
              + ", but failed",
          e);
    }
  }

  private List<ElementStatistics> counts(String sql, List<Object> parameters) {
    List<ElementStatistics> counts = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = JdbcSearch.prepare(connection, sql, parameters);
        ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        counts.add(
            new ElementStatistics(
                rows.getString(1),
                rows.getLong(2),
                rows.getLong(3),
                rows.getLong(4),
                rows.getLong(5)));
      }
      return counts;
    } catch (SQLException e) {
      throw new IllegalStateException("Expected to count element instances, but failed", e);
    }
  }
}
