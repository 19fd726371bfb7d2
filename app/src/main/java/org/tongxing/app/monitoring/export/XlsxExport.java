package org.tongxing.app.monitoring.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Tables as an Excel workbook (.xlsx, fastexcel: Apache-2.0, streaming), one sheet per table,
 * headings in bold and frozen, numbers as numbers.
 */
public final class XlsxExport {

  public static final String MEDIA_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  /** Excel allows at most 31 characters in a sheet's name. */
  private static final int SHEET_NAME = 31;

  private XlsxExport() {}

  public static void write(List<ExportTable> tables, OutputStream out) {
    try {
      Workbook workbook = new Workbook(out, "Tongxing", "1.0");
      for (ExportTable table : tables) {
        String name =
            table.name().length() > SHEET_NAME
                ? table.name().substring(0, SHEET_NAME)
                : table.name();
        Worksheet sheet = workbook.newWorksheet(name);
        for (int c = 0; c < table.headings().size(); c++) {
          sheet.value(0, c, table.headings().get(c));
          sheet.style(0, c).bold().set();
          sheet.width(c, Math.max(12, table.headings().get(c).length() * 2.2));
        }
        sheet.freezePane(0, 1);
        for (int r = 0; r < table.rows().size(); r++) {
          List<Object> row = table.rows().get(r);
          for (int c = 0; c < row.size(); c++) {
            Object cell = row.get(c);
            if (cell instanceof Number number) {
              sheet.value(r + 1, c, number);
            } else if (cell != null) {
              sheet.value(r + 1, c, String.valueOf(cell));
            }
          }
        }
        sheet.finish();
      }
      workbook.finish();
    } catch (IOException e) {
      throw new UncheckedIOException("Expected to write the Excel export", e);
    }
  }
}
