package org.pactum.bench.alerts;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Slack and PagerDuty on loopback: records each request's arrival time and body; a Slack webhook
 * ({@code /slack/…}) answers 429 with {@code Retry-After: 1} when a message comes less than {@code
 * minGapMillis} after the previous one it accepted, as Slack does past about one message per
 * second.
 */
final class LoopbackReceiver implements AutoCloseable {
  record Arrival(String path, String body, long nanos, int status) {}

  private final HttpServer server;
  private final ExecutorService pool = Executors.newFixedThreadPool(16);
  private final long minGapNanos;
  private final List<Arrival> arrivals = new ArrayList<>();
  private final Map<String, Long> lastAccepted = new HashMap<>();
  private int rateLimited;

  LoopbackReceiver(long minGapMillis) throws IOException {
    this.minGapNanos = minGapMillis * 1_000_000;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
    server.createContext("/", this::handle);
    server.setExecutor(pool);
    server.start();
  }

  String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      String body;
      try (InputStream in = ex.getRequestBody()) {
        body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      long now = System.nanoTime();
      String path = ex.getRequestURI().getPath();
      int status;
      synchronized (this) {
        if (path.startsWith("/slack/")) {
          Long last = lastAccepted.get(path);
          if (last != null && now - last < minGapNanos) {
            status = 429;
            rateLimited++;
          } else {
            status = 200;
            lastAccepted.put(path, now);
          }
        } else {
          status = 202;
        }
        arrivals.add(new Arrival(path, body, now, status));
      }
      if (status == 429) {
        ex.getResponseHeaders().add("Retry-After", "1");
      }
      byte[] out =
          (status == 429 ? "rate_limited" : status == 200 ? "ok" : "{\"status\":\"success\"}")
              .getBytes(StandardCharsets.UTF_8);
      ex.sendResponseHeaders(status, out.length);
      ex.getResponseBody().write(out);
    }
  }

  synchronized List<Arrival> arrivals() {
    return List.copyOf(arrivals);
  }

  synchronized int rateLimited() {
    return rateLimited;
  }

  synchronized void reset() {
    arrivals.clear();
    lastAccepted.clear();
    rateLimited = 0;
  }

  @Override
  public void close() {
    server.stop(0);
    pool.shutdownNow();
  }
}
