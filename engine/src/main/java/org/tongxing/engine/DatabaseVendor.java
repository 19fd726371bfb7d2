package org.tongxing.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;

/** Which SQL dialect a database speaks, as the folder name of its migrations. */
final class DatabaseVendor {

  private DatabaseVendor() {}

  static String of(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
      if (product.contains("h2")) {
        return "h2";
      }
      if (product.contains("postgres")) {
        return "postgresql";
      }
      throw new IllegalStateException(
          "Expected an H2 or PostgreSQL database, but got '" + product + "'");
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Expected to connect to the engine's database, but failed", e);
    }
  }
}
