package org.tongxing.app.tasklist.form;

import java.util.List;

/**
 * The data of a read-only {@code table} component: its rows come from a list variable, its columns
 * are static.
 *
 * @param dataSource the variable or path of the rows, without the leading {@code =} of the form
 *     (for example {@code assessment.employees}); Camunda Forms allows any FEEL expression, the
 *     tasklist reads only a path
 * @param columns the columns: a label and the path of the cell within a row
 */
public record FormTable(String dataSource, List<Column> columns) {

  public FormTable {
    columns = columns == null ? List.of() : List.copyOf(columns);
  }

  public record Column(String label, String key) {}
}
