package org.tongxing.app.persistence;

import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AppDatabaseConfiguration {

  @Bean
  AppDatabase appDatabase(DataSource dataSource) {
    return new AppDatabase(dataSource);
  }
}
