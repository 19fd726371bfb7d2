package org.elasticsearch.node;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.elasticsearch.common.logging.LogConfigurator;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.http.HttpServerTransport;
import org.elasticsearch.plugins.MockPluginsService;
import org.elasticsearch.plugins.PluginsService;
import org.elasticsearch.transport.netty4.Netty4Plugin;

/**
 * A real single-node Elasticsearch inside this JVM, on a random loopback port, its data in a
 * temporary folder. Test scope only: the server's licence keeps it out of what we ship. Lives in
 * Elasticsearch's package because the node's construction is package-private there.
 */
public final class EmbeddedElasticsearchNode implements AutoCloseable {

  private static EmbeddedElasticsearchNode shared;

  private final Path home;
  private final Node node;
  private final int port;

  private EmbeddedElasticsearchNode(Path home, Node node, int port) {
    this.home = home;
    this.node = node;
    this.port = port;
  }

  /** The one node of this JVM, started on first use and stopped when the JVM exits. */
  public static synchronized EmbeddedElasticsearchNode shared() {
    if (shared == null) {
      shared = start();
      EmbeddedElasticsearchNode node = shared;
      Runtime.getRuntime().addShutdownHook(new Thread(node::close, "elasticsearch-node-stop"));
    }
    return shared;
  }

  /**
   * A node for the benchmarks (README, "Measure it"), in a JVM of its own until it is stopped:
   * {@code EmbeddedElasticsearchNode [port]}; its data in a temporary folder, deleted at the end.
   */
  public static void main(String[] args) throws InterruptedException {
    EmbeddedElasticsearchNode node = start(args.length > 0 ? Integer.parseInt(args[0]) : 9200);
    Runtime.getRuntime().addShutdownHook(new Thread(node::close, "elasticsearch-node-stop"));
    System.out.println("Elasticsearch node at " + node.uri() + " (test use only; Ctrl-C stops it)");
    Thread.currentThread().join();
  }

  public static EmbeddedElasticsearchNode start() {
    return start(0);
  }

  /** A node on the port (0 for any free one). */
  public static EmbeddedElasticsearchNode start(int httpPort) {
    try {
      Path home = Files.createTempDirectory("tongxing-elasticsearch");
      // the app in the same JVM may have set Netty's processor count already
      System.setProperty("es.set.netty.runtime.available.processors", "false");
      LogConfigurator.configureESLogging();
      Settings settings =
          Settings.builder()
              .put("path.home", home.toString())
              .put("cluster.name", "tongxing-test")
              .put("node.name", "tongxing-test-node")
              .put("discovery.type", "single-node")
              .put("network.host", "127.0.0.1")
              .put("http.port", httpPort)
              .put("transport.port", 0)
              .put("cluster.routing.allocation.disk.threshold_enabled", false)
              .build();
      Environment environment = new Environment(settings, home.resolve("config"));
      Node node = new TestNode(environment).start();
      int port =
          node.injector()
              .getInstance(HttpServerTransport.class)
              .boundAddress()
              .publishAddress()
              .getPort();
      return new EmbeddedElasticsearchNode(home, node, port);
    } catch (IOException e) {
      throw new UncheckedIOException("Expected to create the Elasticsearch node's home", e);
    } catch (NodeValidationException e) {
      throw new IllegalStateException(
          "Expected the Elasticsearch node to start, but it did not", e);
    }
  }

  public int port() {
    return port;
  }

  /** The node's HTTP address, as {@code spring.elasticsearch.uris} takes it. */
  public String uri() {
    return "http://127.0.0.1:" + port;
  }

  @Override
  public void close() {
    try {
      node.close();
      node.awaitClose(10, java.util.concurrent.TimeUnit.SECONDS);
    } catch (IOException | InterruptedException e) {
      // stopping at the end of a test run: nothing more to do
    }
    try (Stream<Path> files = Files.walk(home)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      // a temporary folder: the system cleans up what is left
    }
  }

  private static final class TestNode extends Node {
    TestNode(Environment environment) {
      super(
          NodeConstruction.prepareConstruction(
              environment,
              null,
              new NodeServiceProvider() {
                @Override
                PluginsService newPluginService(
                    Environment env, org.elasticsearch.plugins.PluginsLoader loader) {
                  return new MockPluginsService(env.settings(), env, List.of(Netty4Plugin.class));
                }
              },
              true));
    }

    @Override
    protected void configureNodeAndClusterIdStateListener(
        org.elasticsearch.cluster.service.ClusterService clusterService) {
      // the node and cluster ids are for logging in a real installation
    }
  }
}
