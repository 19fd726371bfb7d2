package org.tongxing.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tongxing.sandbox.journal.SandboxJournals;

/** Binds the sandbox's properties and opens its journals when the sandbox is enabled. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnSandboxEnabled
@EnableConfigurationProperties(SandboxProperties.class)
public class SandboxConfiguration {

  @Bean
  SandboxJournals sandboxJournals(SandboxProperties properties, ObjectMapper json) {
    return new SandboxJournals(properties.journalDir(), json);
  }
}
