package org.pactum.bench;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.HdrHistogram.Histogram;

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
 */
public final class RegistryLoadBench {

  private static final double TARGET_GET_PER_SECOND = 10_000;
  private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

  private final Options options;
  private final List<Row> rows = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private Process server;
  private Path workDir;
  private int port;

  private RegistryLoadBench(Options options) {
    this.options = options;
  }

  public static void main(String[] args) throws Exception {
    Options options = Options.parse(args);
    RegistryLoadBench bench = new RegistryLoadBench(options);
    Thread hook = new Thread(bench::stopServer, "stop-pactum-server");
    Runtime.getRuntime().addShutdownHook(hook);
    int exit = 0;
    try {
      bench.run();
    } catch (Exception e) {
      System.err.println("FAILED: " + e);
      e.printStackTrace();
      bench.printServerLogTail();
      exit = 1;
    } finally {
      bench.stopServer();
      Runtime.getRuntime().removeShutdownHook(hook);
    }
    System.exit(exit);
  }

  // ------------------------------------------------------------------------------------ the run

  private void run() throws Exception {
    startServer();
    int[] ids = registerSchemas();
    Map<Integer, byte[]> expected = fetchAll(ids);

    progress(
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

    List<double[]> rounds = new ArrayList<>();
    for (int r = 1; r <= options.rounds; r++) {
      progress(
          "round %d/%d: GET /schemas/types (baseline), %d s", r, options.rounds, options.seconds);
      Row base =
          load("GET /schemas/types (baseline) r" + r, options.seconds, (c, rnd) -> getTypes(c));
      progress("round %d/%d: GET /schemas/ids/{id}, %d s", r, options.rounds, options.seconds);
      Row byId =
          load(
              "GET /schemas/ids/{id} r" + r,
              options.seconds,
              (c, rnd) -> getById(c, rnd, ids, expected));
      rows.add(base);
      rows.add(byId);
      rounds.add(new double[] {base.perSecond(), byId.perSecond()});
    }
    progress("GET /ping on the admin port (for context), %d s", options.seconds);
    int adminPort = options.adminPort;
    rows.add(
        load(
            "GET admin /ping (context)",
            options.seconds,
            adminPort,
            (c, rnd) -> expect(c.get("/ping"), 200, "/ping")));

    int warmPost = Math.min(5, options.postSeconds);
    AtomicLong field = new AtomicLong();
    progress("warm-up: %d s of POST /subjects/{s}/versions", warmPost);
    load("POST warm-up", warmPost, (c, rnd) -> register(c, "bench.warm-" + rnd.nextInt(64), field));
    progress(
        "POST /subjects/{s}/versions over 64 subjects, %d clients, %d s",
        options.clients, options.postSeconds);
    rows.add(
        load(
            "POST …/versions, 64 subjects",
            options.postSeconds,
            (c, rnd) -> register(c, "bench.many-" + rnd.nextInt(64) + "-value", field)));
    progress(
        "POST /subjects/{s}/versions on one subject, %d clients, %d s",
        options.clients, options.postSeconds);
    rows.add(
        load(
            "POST …/versions, one subject",
            options.postSeconds,
            (c, rnd) -> register(c, "bench.hot-value", field)));

    printTable(rounds);
  }

  // ------------------------------------------------------------------------------- requests

  /** One client action: returns normally when the response was the expected one. */
  private interface Action {
    void run(HttpConnection c, SplittableRandom rnd) throws IOException;
  }

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

  // ---------------------------------------------------------------------------- the load loop

  private Row load(String name, int seconds, Action action) throws InterruptedException {
    return load(name, seconds, port, action);
  }

  /**
   * Runs {@code action} in a closed loop on {@code options.clients} threads, each with its own
   * keep-alive connection, for {@code seconds}; latencies in microseconds.
   */
  private Row load(String name, int seconds, int targetPort, Action action)
      throws InterruptedException {
    int n = options.clients;
    Histogram[] histograms = new Histogram[n];
    long[] errors = new long[n];
    String[] firstError = new String[1];
    CountDownLatch ready = new CountDownLatch(n);
    CountDownLatch go = new CountDownLatch(1);
    long[] window = new long[1];
    Thread[] threads = new Thread[n];
    for (int t = 0; t < n; t++) {
      int me = t;
      histograms[t] = new Histogram(60_000_000L, 3);
      threads[t] =
          new Thread(
              () -> {
                SplittableRandom rnd = new SplittableRandom(1234L + me);
                try (HttpConnection c = new HttpConnection("127.0.0.1", targetPort)) {
                  try {
                    c.get("/schemas/types"); // connect before the clock starts
                  } catch (IOException e) {
                    c.close();
                  }
                  ready.countDown();
                  go.await();
                  long end = window[0];
                  for (long now = System.nanoTime(); now < end; ) {
                    try {
                      action.run(c, rnd);
                    } catch (IOException | RuntimeException e) {
                      errors[me]++;
                      synchronized (firstError) {
                        if (firstError[0] == null) {
                          firstError[0] = e.toString();
                        }
                      }
                    }
                    long after = System.nanoTime();
                    histograms[me].recordValue(Math.min((after - now) / 1_000, 60_000_000L));
                    now = after;
                  }
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
              },
              "client-" + t);
      threads[t].start();
    }
    ready.await();
    long serverCpu0 = serverCpuNanos();
    long clientCpu0 = clientCpuNanos();
    long start = System.nanoTime();
    window[0] = start + Duration.ofSeconds(seconds).toNanos();
    go.countDown();
    for (Thread t : threads) {
      t.join();
    }
    long elapsed = System.nanoTime() - start;
    long serverCpu = serverCpuNanos() - serverCpu0;
    long clientCpu = clientCpuNanos() - clientCpu0;
    Histogram all = new Histogram(60_000_000L, 3);
    long errorCount = 0;
    for (int t = 0; t < n; t++) {
      all.add(histograms[t]);
      errorCount += errors[t];
    }
    Row row =
        new Row(
            name,
            all.getTotalCount(),
            errorCount,
            elapsed / 1e9,
            all.getValueAtPercentile(50) / 1000.0,
            all.getValueAtPercentile(99) / 1000.0,
            all.getMaxValue() / 1000.0,
            serverCpu / (double) elapsed,
            clientCpu / (double) elapsed,
            loadAverage());
    progress(
        "  %s: %,d requests, %,.0f req/s, p50 %.2f ms, p99 %.2f ms, errors %d%s; load average %s",
        name,
        row.requests,
        row.perSecond(),
        row.p50Millis,
        row.p99Millis,
        errorCount,
        firstError[0] == null ? "" : " (first: " + firstError[0] + ")",
        row.load);
    return row;
  }

  // ----------------------------------------------------------------------- set-up and server

  private void startServer() throws IOException, InterruptedException {
    Path jar = Paths.get(options.jar).toAbsolutePath();
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(
          "no server jar at " + jar + "; build it (mvn -B -q -DskipTests package) or pass --jar");
    }
    workDir = Files.createTempDirectory("pactum-bench-");
    Path pgData = Files.createDirectories(workDir.resolve("pg"));
    Path contracts = Files.createDirectories(workDir.resolve("contracts"));
    port = freePort();
    options.adminPort = freePort();
    List<String> command = new ArrayList<>();
    command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(options.serverJvmOptions);
    command.addAll(List.of("-jar", jar.toString(), "serve"));
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.directory(workDir.toFile());
    pb.environment().put("PACTUM_PORT", Integer.toString(port));
    pb.environment().put("PACTUM_ADMIN_PORT", Integer.toString(options.adminPort));
    pb.environment().put("PACTUM_PG_DATA", pgData.toString());
    pb.environment().put("PACTUM_CONTRACTS", contracts.toString());
    pb.environment().put("PACTUM_LOG_LEVEL", "WARN");
    pb.environment().remove("PACTUM_DATABASE_URL");
    pb.redirectErrorStream(true);
    pb.redirectOutput(workDir.resolve("server.log").toFile());
    progress(
        "starting %s serve on port %d (admin %d); log %s",
        jar, port, options.adminPort, workDir.resolve("server.log"));
    long t0 = System.nanoTime();
    server = pb.start();
    HttpConnection c = new HttpConnection("127.0.0.1", port);
    long deadline = t0 + Duration.ofSeconds(180).toNanos();
    while (true) {
      if (!server.isAlive()) {
        throw new IllegalStateException("the server exited with " + server.exitValue());
      }
      try {
        if (c.get("/subjects") == 200) {
          break;
        }
      } catch (IOException e) {
        c.close();
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("the server did not answer GET /subjects within 180 s");
      }
      Thread.sleep(250);
    }
    c.close();
    progress("server up after %.1f s (pid %d)", (System.nanoTime() - t0) / 1e9, server.pid());
  }

  /** Registers subjects × versions distinct schemas (each subject its own namespace); their ids. */
  private int[] registerSchemas() throws InterruptedException {
    int subjects = options.subjects;
    int versions = options.versions;
    progress(
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
                try (HttpConnection c = new HttpConnection("127.0.0.1", port)) {
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
    progress("registered %d schemas in %.1f s", ids.length, (System.nanoTime() - t0) / 1e9);
    return ids;
  }

  /** Each id's response, to check every response of the run against (the cache must not drift). */
  private Map<Integer, byte[]> fetchAll(int[] ids) throws IOException {
    Map<Integer, byte[]> bodies = new HashMap<>();
    try (HttpConnection c = new HttpConnection("127.0.0.1", port)) {
      for (int id : ids) {
        expect(c.get("/schemas/ids/" + id), 200, "/schemas/ids/" + id);
        bodies.put(id, Arrays.copyOf(c.body(), c.bodyLength()));
      }
    }
    int min = bodies.values().stream().mapToInt(b -> b.length).min().orElse(0);
    int max = bodies.values().stream().mapToInt(b -> b.length).max().orElse(0);
    notes.add(String.format(Locale.ROOT, "GET /schemas/ids/{id} bodies: %d to %d bytes", min, max));
    return bodies;
  }

  private synchronized void stopServer() {
    Process p = server;
    if (p == null) {
      return;
    }
    server = null;
    progress("stopping the server (pid %d)", p.pid());
    List<ProcessHandle> descendants = p.descendants().toList();
    p.destroy();
    try {
      if (!p.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
        p.destroyForcibly();
        p.waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
      }
      for (ProcessHandle d : descendants) {
        if (d.isAlive()) {
          d.destroy();
        }
      }
      for (ProcessHandle d : descendants) {
        d.onExit().get(10, java.util.concurrent.TimeUnit.SECONDS);
      }
    } catch (Exception e) {
      for (ProcessHandle d : descendants) {
        d.destroyForcibly();
      }
    }
    if (workDir != null && !options.keep) {
      try (Stream<Path> files = Files.walk(workDir)) {
        files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      } catch (IOException | UncheckedIOException e) {
        System.err.println("could not delete " + workDir + ": " + e);
      }
    }
  }

  private void printServerLogTail() {
    if (workDir == null) {
      return;
    }
    Path log = workDir.resolve("server.log");
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      System.err.println("---- last lines of " + log);
      lines.subList(Math.max(0, lines.size() - 40), lines.size()).forEach(System.err::println);
    } catch (IOException e) {
      System.err.println("no server log: " + e);
    }
  }

  private long serverCpuNanos() {
    Process p = server;
    if (p == null) {
      return 0;
    }
    long sum = cpu(p.toHandle());
    for (ProcessHandle d : p.descendants().toList()) {
      sum += cpu(d); // the embedded PostgreSQL and its backends
    }
    return sum;
  }

  private static long cpu(ProcessHandle h) {
    return h.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
  }

  /** The machine's 1-minute load average: other work on the shared cores skews every figure. */
  private static String loadAverage() {
    return BenchMain.loadAverage();
  }

  private static long clientCpuNanos() {
    return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  // ---------------------------------------------------------------------------------- report

  private record Row(
      String name,
      long requests,
      long errors,
      double seconds,
      double p50Millis,
      double p99Millis,
      double maxMillis,
      double serverCores,
      double clientCores,
      String load) {
    double perSecond() {
      return (requests - errors) / seconds;
    }
  }

  private void printTable(List<double[]> rounds) {
    StringBuilder s = new StringBuilder();
    s.append(
        String.format(
            Locale.ROOT,
            "%n== RegistryLoadBench, %s, %d CPUs, %d clients (raw HTTP/1.1 keep-alive, in this"
                + " JVM on the same cores) ==%n",
            LocalDate.now(),
            Runtime.getRuntime().availableProcessors(),
            options.clients));
    s.append(
        String.format(
            Locale.ROOT,
            "%-34s %9s %9s %8s %8s %8s %6s %10s %10s %12s %6s%n",
            "phase",
            "requests",
            "req/s",
            "p50 ms",
            "p99 ms",
            "max ms",
            "errors",
            "server CPU",
            "client CPU",
            "srv CPU/req",
            "load"));
    for (Row r : rows) {
      s.append(
          String.format(
              Locale.ROOT,
              "%-34s %,9d %,9.0f %8.2f %8.2f %8.2f %6d %9.2fc %9.2fc %9.0f µs %6s%n",
              r.name,
              r.requests,
              r.perSecond(),
              r.p50Millis,
              r.p99Millis,
              r.maxMillis,
              r.errors,
              r.serverCores,
              r.clientCores,
              r.serverCores * r.seconds * 1e6 / Math.max(1, r.requests),
              r.load));
    }
    s.append(
        "(server CPU includes the embedded PostgreSQL; c = cores busy on average; srv CPU/req ="
            + " server CPU time per request, the figure least affected by other load; load = the"
            + " machine's 1-minute load average at the end of the phase)\n\n");
    double baseSum = 0;
    double idSum = 0;
    StringBuilder perRound = new StringBuilder();
    for (int i = 0; i < rounds.size(); i++) {
      double[] r = rounds.get(i);
      baseSum += r[0];
      idSum += r[1];
      perRound.append(String.format(Locale.ROOT, "%s%.3f", i == 0 ? "" : ", ", r[1] / r[0]));
    }
    double base = baseSum / rounds.size();
    double byId = idSum / rounds.size();
    s.append(
        String.format(
            Locale.ROOT,
            "GET /schemas/ids/{id}: %,.0f req/s; baseline GET /schemas/types: %,.0f req/s;"
                + " ratio %.3f (per round: %s)%n",
            byId,
            base,
            byId / base,
            perRound));
    s.append(
        String.format(
            Locale.ROOT,
            "target ≥ %,.0f req/s for GET /schemas/ids/{id}: %s%n",
            TARGET_GET_PER_SECOND,
            byId >= TARGET_GET_PER_SECOND ? "MET" : "MISSED"));
    for (String note : notes) {
      s.append(note).append('\n');
    }
    System.out.print(s);
  }

  private static void progress(String format, Object... args) {
    System.out.printf(
        Locale.ROOT,
        "[%tT] %s%n",
        System.currentTimeMillis(),
        String.format(Locale.ROOT, format, args));
    System.out.flush();
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

  // --------------------------------------------------------------------------------- options

  private static final class Options {
    String jar = System.getProperty("pactum.jar", "server/target/pactum.jar");
    int clients = 32;
    int seconds = 10;
    int rounds = 2;
    int warmupSeconds = 15;
    int postSeconds = 10;
    int subjects = 20;
    int versions = 15;
    boolean keep;
    List<String> serverJvmOptions = new ArrayList<>();
    int adminPort;

    static Options parse(String[] args) {
      Options o = new Options();
      for (int i = 0; i < args.length; i++) {
        String a = args[i];
        switch (a) {
          case "--jar" -> o.jar = args[++i];
          case "--clients" -> o.clients = Integer.parseInt(args[++i]);
          case "--seconds" -> o.seconds = Integer.parseInt(args[++i]);
          case "--rounds" -> o.rounds = Integer.parseInt(args[++i]);
          case "--warmup" -> o.warmupSeconds = Integer.parseInt(args[++i]);
          case "--post-seconds" -> o.postSeconds = Integer.parseInt(args[++i]);
          case "--subjects" -> o.subjects = Integer.parseInt(args[++i]);
          case "--versions" -> o.versions = Integer.parseInt(args[++i]);
          case "--server-jvm-option" -> o.serverJvmOptions.add(args[++i]);
          case "--keep" -> o.keep = true;
          default -> {
            System.err.println(
                "usage: RegistryLoadBench [--jar PATH] [--clients N] [--seconds N] [--rounds N]"
                    + " [--warmup N] [--post-seconds N] [--subjects N] [--versions N]"
                    + " [--server-jvm-option OPT]… [--keep]");
            System.exit(2);
          }
        }
      }
      return o;
    }
  }
}
