package org.tongxing.app.tasklist;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A stand-in for the engine's REST API on a loopback port: answers each {@code METHOD path} with
 * queued JSON replies and records what the client sent, so that tests see the real requests of the
 * Camunda client.
 */
final class StubEngineApi implements AutoCloseable {

  record Request(String method, String path, String body) {}

  private record Reply(int status, String body) {}

  private final HttpServer server;
  private final Map<String, Deque<Reply>> replies = new ConcurrentHashMap<>();
  private final List<Request> requests = new CopyOnWriteArrayList<>();

  StubEngineApi() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  URI address() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** Queues one reply; the last reply for a route is repeated once the queue is down to it. */
  StubEngineApi reply(String method, String path, int status, String body) {
    replies
        .computeIfAbsent(method + " " + path, route -> new ArrayDeque<>())
        .add(new Reply(status, body));
    return this;
  }

  List<Request> requests() {
    return List.copyOf(requests);
  }

  List<Request> requestsTo(String method, String path) {
    return requests.stream()
        .filter(r -> r.method().equals(method) && r.path().equals(path))
        .toList();
  }

  private void handle(HttpExchange exchange) throws IOException {
    String method = exchange.getRequestMethod();
    String path = exchange.getRequestURI().getPath();
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    requests.add(new Request(method, path, body));
    Deque<Reply> queue = replies.get(method + " " + path);
    Reply reply;
    if (queue == null || queue.isEmpty()) {
      reply = new Reply(404, problem(404, "No stub for " + method + " " + path));
    } else {
      reply = queue.size() > 1 ? queue.poll() : queue.peek();
    }
    byte[] bytes =
        reply.body() == null ? new byte[0] : reply.body().getBytes(StandardCharsets.UTF_8);
    String type = reply.status() >= 400 ? "application/problem+json" : "application/json";
    exchange.getResponseHeaders().add("Content-Type", type);
    exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  static String problem(int status, String detail) {
    return
"""
{"type": "about:blank", "title": "Problem", "status": %d, "detail": "%s", "instance": "/v2"}
"""
        .formatted(status, detail);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
