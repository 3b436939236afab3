package org.pactum.testsupport;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A real local HTTP server standing in for a webhook service (Slack, PagerDuty, …) in tests. It
 * records every request, and answers from a script per path: queued one-shot {@link Reply replies}
 * first, then the path's responder (which may validate the body like the real service), else 200.
 * {@link #stop()} makes it refuse connections; {@link #restart()} listens again on the same port.
 *
 * <pre>{@code
 * try (RecordingHttpReceiver slack = RecordingHttpReceiver.start()) {
 *   slack.enqueue("/hook", Reply.status(500), Reply.retryAfter(1));
 *   URI url = slack.uri("/hook");
 *   ...
 *   List<Recorded> got = slack.await(r -> r.path().equals("/hook"), 3, Duration.ofSeconds(10));
 * }
 * }</pre>
 */
public final class RecordingHttpReceiver implements AutoCloseable {
  /** A request as received, with the status it was answered with. */
  public record Recorded(
      String method,
      String path,
      Map<String, List<String>> headers,
      String body,
      Instant receivedAt,
      int status) {
    /** A header's first value (case-insensitive name), or null. */
    public String header(String name) {
      List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
      return values == null || values.isEmpty() ? null : values.get(0);
    }
  }

  /** An answer: status, headers, body, and how long to wait before answering. */
  public record Reply(int status, Map<String, String> headers, String body, Duration delay) {
    public static Reply ok() {
      return status(200);
    }

    public static Reply status(int status) {
      return new Reply(
          status, Map.of(), status / 100 == 2 ? "ok" : "error " + status, Duration.ZERO);
    }

    public static Reply status(int status, String body) {
      return new Reply(status, Map.of(), body, Duration.ZERO);
    }

    /** 429 Too Many Requests with {@code Retry-After: <seconds>}. */
    public static Reply retryAfter(int seconds) {
      return new Reply(
          429, Map.of("Retry-After", Integer.toString(seconds)), "rate_limited", Duration.ZERO);
    }

    /** 200, after a delay. */
    public static Reply slow(Duration delay) {
      return new Reply(200, Map.of(), "ok", delay);
    }
  }

  private int port;
  private final List<Recorded> recorded = new ArrayList<>();
  private final Map<String, Deque<Reply>> scripts = new HashMap<>();
  private final Map<String, Function<Recorded, Reply>> responders = new LinkedHashMap<>();
  private HttpServer server;

  private RecordingHttpReceiver(int port) {
    this.port = port;
  }

  /** Starts on a free loopback port. */
  public static RecordingHttpReceiver start() {
    RecordingHttpReceiver r = new RecordingHttpReceiver(0);
    r.listen(0);
    return r;
  }

  private void listen(int onPort) {
    try {
      HttpServer s =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), onPort), 64);
      s.createContext("/", this::handle);
      s.setExecutor(
          Executors.newCachedThreadPool(
              r -> {
                Thread t = new Thread(r, "recording-http-receiver");
                t.setDaemon(true);
                return t;
              }));
      s.start();
      server = s;
      port = s.getAddress().getPort();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the recording HTTP receiver", e);
    }
  }

  public synchronized int port() {
    return port;
  }

  /** {@code http://127.0.0.1:<port><path>}. */
  public URI uri(String path) {
    return URI.create(
        "http://" + InetAddress.getLoopbackAddress().getHostAddress() + ":" + port() + path);
  }

  /** One-shot replies for a path, used in order before its responder. */
  public synchronized void enqueue(String path, Reply... replies) {
    Deque<Reply> q = scripts.computeIfAbsent(path, p -> new ArrayDeque<>());
    q.addAll(List.of(replies));
  }

  /** The answer for requests to paths starting with {@code prefix} once the script is used up. */
  public synchronized void respond(String prefix, Function<Recorded, Reply> responder) {
    responders.put(prefix, responder);
  }

  /** Stops listening: connections are refused until {@link #restart()}. */
  public synchronized void stop() {
    if (server != null) {
      server.stop(0);
      ((ExecutorService) server.getExecutor()).shutdownNow();
      server = null;
    }
  }

  /** Listens again on the same port. */
  public synchronized void restart() {
    if (server == null) {
      listen(port);
    }
  }

  public synchronized List<Recorded> requests() {
    return List.copyOf(recorded);
  }

  public synchronized List<Recorded> requests(Predicate<Recorded> which) {
    return recorded.stream().filter(which).toList();
  }

  /** Clears the recorded requests (scripts and responders stay). */
  public synchronized void clear() {
    recorded.clear();
  }

  /**
   * Waits until at least {@code count} recorded requests satisfy {@code which}; returns them.
   *
   * @throws AssertionError if they do not arrive in time
   */
  public List<Recorded> await(Predicate<Recorded> which, int count, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (this) {
      while (true) {
        List<Recorded> got = recorded.stream().filter(which).toList();
        if (got.size() >= count) {
          return got;
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new AssertionError(
              "expected "
                  + count
                  + " matching requests within "
                  + timeout
                  + ", got "
                  + got.size()
                  + " of "
                  + recorded.size());
        }
        try {
          wait(Math.max(1, left / 1_000_000));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new AssertionError("interrupted", e);
        }
      }
    }
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      String body;
      try (InputStream in = ex.getRequestBody()) {
        body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      Map<String, List<String>> headers = new LinkedHashMap<>();
      ex.getRequestHeaders()
          .forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), List.copyOf(v)));
      String path = ex.getRequestURI().getRawPath();
      Recorded request =
          new Recorded(ex.getRequestMethod(), path, Map.copyOf(headers), body, Instant.now(), 0);
      Reply reply = replyFor(request);
      if (!reply.delay().isZero()) {
        try {
          Thread.sleep(reply.delay().toMillis());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
      byte[] out =
          reply.body() == null ? new byte[0] : reply.body().getBytes(StandardCharsets.UTF_8);
      reply.headers().forEach((k, v) -> ex.getResponseHeaders().add(k, v));
      ex.sendResponseHeaders(reply.status(), out.length == 0 ? -1 : out.length);
      if (out.length > 0) {
        try (OutputStream os = ex.getResponseBody()) {
          os.write(out);
        }
      }
      synchronized (this) {
        recorded.add(
            new Recorded(
                request.method(),
                path,
                request.headers(),
                body,
                request.receivedAt(),
                reply.status()));
        notifyAll();
      }
    }
  }

  private synchronized Reply replyFor(Recorded request) {
    Deque<Reply> q = scripts.get(request.path());
    if (q != null && !q.isEmpty()) {
      return q.poll();
    }
    for (Map.Entry<String, Function<Recorded, Reply>> e : responders.entrySet()) {
      if (request.path().startsWith(e.getKey())) {
        return e.getValue().apply(request);
      }
    }
    return Reply.ok();
  }

  @Override
  public void close() {
    stop();
  }
}
