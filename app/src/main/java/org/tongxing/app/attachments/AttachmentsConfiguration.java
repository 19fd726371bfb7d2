package org.tongxing.app.attachments;

import java.util.Optional;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Binds {@link AttachmentProperties}; the scanner is ClamAV's when a daemon is configured. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AttachmentProperties.class)
class AttachmentsConfiguration {

  @Bean
  AttachmentScanner attachmentScanner(AttachmentProperties properties) {
    if (properties.clamdHost() == null || properties.clamdHost().isBlank()) {
      return (fileName, content) -> Optional.empty();
    }
    return new ClamdScanner(properties.clamdHost(), properties.clamdPort());
  }
}
