package org.tongxing.app.search;

import java.util.Map;
import java.util.UUID;
import org.elasticsearch.node.EmbeddedElasticsearchNode;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Points the app at the test JVM's Elasticsearch node, with indices of its own. */
public class ElasticsearchNodeInitializer
    implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    context
        .getEnvironment()
        .getPropertySources()
        .addFirst(
            new MapPropertySource(
                "test-elasticsearch",
                Map.of(
                    "tongxing.search.backend",
                    "elasticsearch",
                    "spring.elasticsearch.uris",
                    uri(),
                    "tongxing.search.elasticsearch.index-prefix",
                    "test-" + UUID.randomUUID().toString().substring(0, 8))));
  }

  /** Where the app finds Elasticsearch. */
  protected String uri() {
    return EmbeddedElasticsearchNode.shared().uri();
  }
}
