package org.tongxing.app.search;

import org.elasticsearch.node.EmbeddedElasticsearchNode;

/** The app talks to the test JVM's Elasticsearch node through a line the test can cut. */
public class ProxiedElasticsearchInitializer extends ElasticsearchNodeInitializer {

  static final TcpProxy PROXY = new TcpProxy(EmbeddedElasticsearchNode.shared().port());

  @Override
  protected String uri() {
    return "http://127.0.0.1:" + PROXY.port();
  }
}
