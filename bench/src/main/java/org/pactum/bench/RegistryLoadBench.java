package org.pactum.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Macro benchmark of the schema registry over loopback HTTP: starts the real server jar ({@code
 * java -jar pactum.jar serve}) on an empty embedded PostgreSQL, registers a few hundred schemas,
 * then drives it with concurrent keep-alive clients:
 *
 * <ol>
 *   <li>{@code GET /schemas/ids/{id}} (random ids; served from the registry's id cache) against the
 *       baseline {@code GET /schemas/types} on the same connector, Jersey stack, filters and
 *       request log, which touches neither the cache nor the database: the ratio is the cost of the
 *       look-up and of writing the schema out. Measured in alternating rounds, req/s.
 *   <li>{@code POST /subjects/{s}/versions}: distinct new compatible schemas, spread over 64
 *       subjects, then all on one subject (the subject's row lock serialises them): p50, p99, max
 *       and req/s (HdrHistogram).
 * </ol>
 *
 * The load generator runs in this JVM on the same cores as the server; the table reports the CPU
 * both used. Run: {@code java -cp bench/target/benchmarks.jar org.pactum.bench.RegistryLoadBench
 * [--jar server/target/pactum.jar] [--clients 32] [--seconds 10] [--rounds 2] [--warmup 15]
 * [--post-seconds 10] [--subjects 20] [--versions 15]}.
 *
 * <p>The parts: {@link RegistryServer} (the server process), {@link ClosedLoopLoad} (the clients),
 * {@link RegistryLoadReport} (the table of {@link LoadRow}s); options in {@link
 * RegistryLoadOptions}.
 */
public final class RegistryLoadBench {

  private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

  private final RegistryLoadOptions options;
  private final RegistryServer server;
  private final ClosedLoopLoad loop;
  private final RegistryLoadReport report = new RegistryLoadReport();

  private RegistryLoadBench(RegistryLoadOptions options) {
    this.options = options;
    this.server = new RegistryServer(options);
    this.loop = new ClosedLoopLoad(options.clients, server);
  }

  public static void main(String[] args) throws Exception {
    RegistryLoadOptions options = RegistryLoadOptions.parse(args);
    RegistryLoadBench bench = new RegistryLoadBench(options);
    Thread hook = new Thread(bench.server::stop, "stop-pactum-server");
    Runtime.getRuntime().addShutdownHook(hook);
    int exit = 0;
    try {
      bench.run();
    } catch (Exception e) {
      System.err.println("FAILED: " + e);
      e.printStackTrace();
      bench.server.printLogTail();
      exit = 1;
    } finally {
      bench.server.stop();
      Runtime.getRuntime().removeShutdownHook(hook);
    }
    System.exit(exit);
  }

  // ------------------------------------------------------------------------------------ the run

  private void run() throws Exception {
    server.start();
    int[] ids = registerSchemas();
    Map<Integer, byte[]> expected = fetchAll(ids);

    Progress.print(
        "warm-up: %d s of mixed GET /schemas/ids/{id} and GET /schemas/types, %d clients",
        options.warmupSeconds, options.clients);
    load(
        "warm-up",
        options.warmupSeconds,
        (c, rnd) -> {
          if (rnd.nextBoolean()) {
            getById(c, rnd, ids, expected);
          } else {
            getTypes(c);
          }
        });

    for (int r = 1; r <= options.rounds; r++) {
      Progress.print(
          "round %d/%d: GET /schemas/types (baseline), %d s", r, options.rounds, options.seconds);
      LoadRow base =
          load("GET /schemas/types (baseline) r" + r, options.seconds, (c, rnd) -> getTypes(c));
      Progress.print(
          "round %d/%d: GET /schemas/ids/{id}, %d s", r, options.rounds, options.seconds);
      LoadRow byId =
          load(
              "GET /schemas/ids/{id} r" + r,
              options.seconds,
              (c, rnd) -> getById(c, rnd, ids, expected));
      report.add(base);
      report.add(byId);
      report.round(base, byId);
    }
    Progress.print("GET /ping on the admin port (for context), %d s", options.seconds);
    int adminPort = server.adminPort();
    report.add(
        load(
            "GET admin /ping (context)",
            options.seconds,
            adminPort,
            (c, rnd) -> expect(c.get("/ping"), 200, "/ping")));

    int warmPost = Math.min(5, options.postSeconds);
    AtomicLong field = new AtomicLong();
    Progress.print("warm-up: %d s of POST /subjects/{s}/versions", warmPost);
    load("POST warm-up", warmPost, (c, rnd) -> register(c, "bench.warm-" + rnd.nextInt(64), field));
    Progress.print(
        "POST /subjects/{s}/versions over 64 subjects, %d clients, %d s",
        options.clients, options.postSeconds);
    report.add(
        load(
            "POST …/versions, 64 subjects",
            options.postSeconds,
            (c, rnd) -> register(c, "bench.many-" + rnd.nextInt(64) + "-value", field)));
    Progress.print(
        "POST /subjects/{s}/versions on one subject, %d clients, %d s",
        options.clients, options.postSeconds);
    report.add(
        load(
            "POST …/versions, one subject",
            options.postSeconds,
            (c, rnd) -> register(c, "bench.hot-value", field)));

    report.print(options.clients);
  }

  // ------------------------------------------------------------------------------- requests

  private static void getById(
      HttpConnection c, SplittableRandom rnd, int[] ids, Map<Integer, byte[]> expected)
      throws IOException {
    int id = ids[rnd.nextInt(ids.length)];
    expect(c.get("/schemas/ids/" + id), 200, "/schemas/ids/" + id);
    byte[] want = expected.get(id);
    if (!Arrays.equals(c.body(), 0, c.bodyLength(), want, 0, want.length)) {
      throw new IOException("schema " + id + " changed: " + c.bodyText());
    }
  }

  private static void getTypes(HttpConnection c) throws IOException {
    expect(c.get("/schemas/types"), 200, "/schemas/types");
  }

  /** Registers a new schema (the base record plus one field no other request used) under s. */
  private static void register(HttpConnection c, String subject, AtomicLong field)
      throws IOException {
    long n = field.incrementAndGet();
    String schema = OrderSchemas.version(1, "_load");
    String withField =
        schema.substring(0, schema.length() - 2)
            + ",{\"name\":\"f"
            + n
            + "\",\"type\":[\"null\",\"string\"],\"default\":null}]}";
    int status = c.post("/subjects/" + subject + "/versions", registration(withField));
    expect(status, 200, "POST /subjects/" + subject + "/versions");
  }

  private static String registration(String schema) {
    return "{\"schema\":" + jsonString(schema) + "}";
  }

  private static void expect(int status, int want, String what) throws IOException {
    if (status != want) {
      throw new IOException(what + " answered " + status);
    }
  }

  private LoadRow load(String name, int seconds, ClosedLoopLoad.Action action)
      throws InterruptedException {
    return loop.run(name, seconds, server.port(), action);
  }

  private LoadRow load(String name, int seconds, int targetPort, ClosedLoopLoad.Action action)
      throws InterruptedException {
    return loop.run(name, seconds, targetPort, action);
  }

  // ------------------------------------------------------------------------------ the schemas

  /** Registers subjects × versions distinct schemas (each subject its own namespace); their ids. */
  private int[] registerSchemas() throws InterruptedException {
    int subjects = options.subjects;
    int versions = options.versions;
    Progress.print(
        "registering %d schemas (%d subjects × %d versions)",
        subjects * versions, subjects, versions);
    long t0 = System.nanoTime();
    int[] ids = new int[subjects * versions];
    Thread[] threads = new Thread[Math.min(4, subjects)];
    RuntimeException[] failure = new RuntimeException[1];
    for (int t = 0; t < threads.length; t++) {
      int me = t;
      threads[t] =
          new Thread(
              () -> {
                try (HttpConnection c = new HttpConnection("127.0.0.1", server.port())) {
                  for (int s = me; s < subjects; s += threads.length) {
                    String subject = "bench.orders-" + s + "-value";
                    for (int v = 1; v <= versions; v++) {
                      String body = registration(OrderSchemas.version(v, "_s" + s));
                      int status = c.post("/subjects/" + subject + "/versions", body);
                      Matcher m = ID.matcher(c.bodyText());
                      if (status != 200 || !m.find()) {
                        throw new IllegalStateException(
                            "registering "
                                + subject
                                + " v"
                                + v
                                + ": "
                                + status
                                + " "
                                + c.bodyText());
                      }
                      ids[s * versions + v - 1] = Integer.parseInt(m.group(1));
                    }
                  }
                } catch (IOException e) {
                  failure[0] = new UncheckedIOException(e);
                } catch (RuntimeException e) {
                  failure[0] = e;
                }
              });
      threads[t].start();
    }
    for (Thread t : threads) {
      t.join();
    }
    if (failure[0] != null) {
      throw failure[0];
    }
    long distinct = Arrays.stream(ids).distinct().count();
    if (distinct != ids.length) {
      throw new IllegalStateException("expected " + ids.length + " ids, got " + distinct);
    }
    Progress.print("registered %d schemas in %.1f s", ids.length, (System.nanoTime() - t0) / 1e9);
    return ids;
  }

  /** Each id's response, to check every response of the run against (the cache must not drift). */
  private Map<Integer, byte[]> fetchAll(int[] ids) throws IOException {
    Map<Integer, byte[]> bodies = new HashMap<>();
    try (HttpConnection c = new HttpConnection("127.0.0.1", server.port())) {
      for (int id : ids) {
        expect(c.get("/schemas/ids/" + id), 200, "/schemas/ids/" + id);
        bodies.put(id, Arrays.copyOf(c.body(), c.bodyLength()));
      }
    }
    int min = bodies.values().stream().mapToInt(b -> b.length).min().orElse(0);
    int max = bodies.values().stream().mapToInt(b -> b.length).max().orElse(0);
    report.note(
        String.format(Locale.ROOT, "GET /schemas/ids/{id} bodies: %d to %d bytes", min, max));
    return bodies;
  }

  static String jsonString(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16).append('"');
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (ch < 0x20) {
            b.append(String.format(Locale.ROOT, "\\u%04x", (int) ch));
          } else {
            b.append(ch);
          }
        }
      }
    }
    return b.append('"').toString();
  }
}
