package org.tongxing.app.monitoring.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * One table as CSV (RFC 4180, Apache Commons CSV), UTF-8 with a byte order mark so that Excel reads
 * the Chinese text as such.
 */
public final class CsvExport {

  public static final String MEDIA_TYPE = "text/csv;charset=UTF-8";

  private CsvExport() {}

  public static void write(ExportTable table, OutputStream out) {
    try {
      Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      writer.write('\uFEFF');
      CSVPrinter printer =
          CSVFormat.RFC4180
              .builder()
              .setHeader(table.headings().toArray(String[]::new))
              .get()
              .print(writer);
      for (var row : table.rows()) {
        printer.printRecord(row);
      }
      printer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("Expected to write the CSV export " + table.name(), e);
    }
  }
}
