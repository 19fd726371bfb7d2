package org.tongxing.app.monitoring.export;

import java.util.List;

/**
 * A table to export: a name (the Excel sheet's, the CSV file's), column headings and rows of cells
 * (text, numbers, or {@code null} for an empty cell).
 */
public record ExportTable(String name, List<String> headings, List<List<Object>> rows) {

  public ExportTable {
    headings = List.copyOf(headings);
    rows =
        rows.stream()
            .map(row -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(row)))
            .toList();
  }
}
