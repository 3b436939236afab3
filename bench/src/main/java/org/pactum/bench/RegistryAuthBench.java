package org.pactum.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Macro benchmark of what authentication costs the registry's hottest read, {@code GET
 * /schemas/ids/{id}}: the same store served by two real server processes ({@code java -jar
 * pactum.jar serve}), one with {@code auth.mode: none}, one with {@code auth.mode: required} whose
 * clients send a reader's API token as {@code Authorization: Bearer} or as HTTP Basic (as
 * Confluent's serializers do). Throughput with authentication on against off, measured in
 * alternating rounds of one run; the goal is a ratio of at least {@value AuthCost#TARGET}.
 *
 * <ol>
 *   <li>A server without authentication registers subjects × versions schemas and an API token
 *       (role reader) is created through {@code POST /api/v1/tokens}; it is stopped and its store
 *       copied for the second server, so both serve the same ids and the same token.
 *   <li>Both start; every id's response must be byte-for-byte the same on both.
 *   <li>Warm-up of each side, then rounds of off, Bearer, Basic (every other round in the reverse
 *       order): 32 clients in a closed loop on random ids, every response checked.
 * </ol>
 *
 * Run: {@code java -cp bench/target/benchmarks.jar org.pactum.bench.RegistryAuthBench [--jar
 * server/target/pactum.jar] [--clients 32] [--seconds 10] [--rounds 2] [--warmup 15] [--subjects
 * 20] [--versions 15] [--keep]}.
 */
public final class RegistryAuthBench {
  static final String TOKEN_NAME = "bench-reader";
  private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
  private static final Pattern SECRET = Pattern.compile("\"secret\"\\s*:\\s*\"(pct_[^\"]+)\"");

  private final RegistryLoadOptions options;
  private final RegistryServer off;
  private final RegistryServer on;

  private RegistryAuthBench(RegistryLoadOptions options) {
    this.options = options;
    this.off = new RegistryServer(options, "none");
    this.on = new RegistryServer(options, "required");
  }

  public static void main(String[] args) throws Exception {
    RegistryAuthBench bench = new RegistryAuthBench(RegistryLoadOptions.parse(args));
    Thread hook = new Thread(bench::stopBoth, "stop-pactum-servers");
    Runtime.getRuntime().addShutdownHook(hook);
    int exit = 0;
    try {
      bench.run();
    } catch (Exception e) {
      System.err.println("FAILED: " + e);
      e.printStackTrace();
      bench.off.printLogTail();
      bench.on.printLogTail();
      exit = 1;
    } finally {
      bench.stopBoth();
      Runtime.getRuntime().removeShutdownHook(hook);
    }
    System.exit(exit);
  }

  private void stopBoth() {
    off.stop();
    on.stop();
  }

  private void run() throws Exception {
    off.start();
    int[] ids = registerSchemas(off.port());
    String secret = createToken(off.port());
    off.pause();
    on.copyStoreOf(off);
    off.start();
    on.start();

    Map<String, String> sides = new HashMap<>();
    sides.put("off", null);
    sides.put("Bearer", AuthHeaders.bearer(secret));
    sides.put("Basic", AuthHeaders.basic(TOKEN_NAME, secret));
    Map<Integer, byte[]> expected = fetchAll(off.port(), null, ids);
    if (!sameBodies(expected, fetchAll(on.port(), sides.get("Bearer"), ids))) {
      throw new IllegalStateException("the two servers answer the same ids differently");
    }

    ClosedLoopLoad offLoad = new ClosedLoopLoad(options.clients, off);
    ClosedLoopLoad onLoad = new ClosedLoopLoad(options.clients, on);
    ClosedLoopLoad.Action byId = (c, rnd) -> getById(c, rnd, ids, expected);
    Progress.print("warm-up: %d s per side, %d clients", options.warmupSeconds, options.clients);
    offLoad.run("warm-up off", options.warmupSeconds, off.port(), null, byId);
    onLoad.run("warm-up Bearer", options.warmupSeconds, on.port(), sides.get("Bearer"), byId);
    onLoad.run("warm-up Basic", options.warmupSeconds, on.port(), sides.get("Basic"), byId);

    List<LoadRow> rows = new ArrayList<>();
    Map<String, List<Double>> perSecond = new HashMap<>();
    Map<String, List<Double>> cpuPerRequest = new HashMap<>();
    for (int r = 1; r <= options.rounds; r++) {
      for (String side : RegistryAuthBench.roundOrder(r)) {
        Progress.print(
            "round %d/%d: GET /schemas/ids/{id}, auth %s, %d s",
            r, options.rounds, side, options.seconds);
        boolean isOff = side.equals("off");
        LoadRow row =
            (isOff ? offLoad : onLoad)
                .run(
                    "by id, auth " + side + " r" + r,
                    options.seconds,
                    (isOff ? off : on).port(),
                    sides.get(side),
                    byId);
        rows.add(row);
        perSecond.computeIfAbsent(side, k -> new ArrayList<>()).add(row.perSecond());
        cpuPerRequest
            .computeIfAbsent(side, k -> new ArrayList<>())
            .add(row.serverCores() * row.seconds() * 1e6 / Math.max(1, row.requests()));
      }
    }
    List<AuthCost> costs =
        List.of(
            new AuthCost("Bearer", perSecond.get("off"), perSecond.get("Bearer")),
            new AuthCost("Basic", perSecond.get("off"), perSecond.get("Basic")));
    String cpu =
        String.format(
            Locale.ROOT,
            "server CPU per request (mean of rounds; the figure least moved by other load on the"
                + " machine): off %.0f µs, Bearer %.0f µs, Basic %.0f µs%n",
            AuthCost.mean(cpuPerRequest.get("off")),
            AuthCost.mean(cpuPerRequest.get("Bearer")),
            AuthCost.mean(cpuPerRequest.get("Basic")));
    System.out.print(RegistryAuthReport.text(options.clients, ids.length, rows, costs) + cpu);
  }

  /** The sides' order in round {@code r} (from 1): off, Bearer, Basic, and reversed every other. */
  static List<String> roundOrder(int r) {
    return r % 2 == 1 ? List.of("off", "Bearer", "Basic") : List.of("Basic", "Bearer", "off");
  }

  private static void getById(
      HttpConnection c, SplittableRandom rnd, int[] ids, Map<Integer, byte[]> expected)
      throws IOException {
    int id = ids[rnd.nextInt(ids.length)];
    int status = c.get("/schemas/ids/" + id);
    if (status != 200) {
      throw new IOException("/schemas/ids/" + id + " answered " + status);
    }
    byte[] want = expected.get(id);
    if (!Arrays.equals(c.body(), 0, c.bodyLength(), want, 0, want.length)) {
      throw new IOException("schema " + id + " changed: " + c.bodyText());
    }
  }

  /** Registers subjects × versions distinct schemas, one after the other; their ids. */
  private int[] registerSchemas(int port) throws IOException {
    Progress.print(
        "registering %d schemas (%d subjects × %d versions)",
        options.subjects * options.versions, options.subjects, options.versions);
    int[] ids = new int[options.subjects * options.versions];
    try (HttpConnection c = new HttpConnection("127.0.0.1", port)) {
      for (int s = 0; s < options.subjects; s++) {
        String subject = "bench.orders-" + s + "-value";
        for (int v = 1; v <= options.versions; v++) {
          String body =
              "{\"schema\":"
                  + RegistryLoadBench.jsonString(OrderSchemas.version(v, "_s" + s))
                  + "}";
          int status = c.post("/subjects/" + subject + "/versions", body);
          Matcher m = ID.matcher(c.bodyText());
          if (status != 200 || !m.find()) {
            throw new IllegalStateException(
                "registering " + subject + " v" + v + ": " + status + " " + c.bodyText());
          }
          ids[s * options.versions + v - 1] = Integer.parseInt(m.group(1));
        }
      }
    }
    return ids;
  }

  /**
   * A reader's API token, created through the token API (authentication off: allowed); its secret.
   */
  private static String createToken(int port) throws IOException {
    try (HttpConnection c = new HttpConnection("127.0.0.1", port)) {
      int status =
          c.postJson("/api/v1/tokens", "{\"name\":\"" + TOKEN_NAME + "\",\"role\":\"reader\"}");
      Matcher m = SECRET.matcher(c.bodyText());
      if (status != 201 || !m.find()) {
        throw new IllegalStateException("creating the token: " + status + " " + c.bodyText());
      }
      return m.group(1);
    }
  }

  private static Map<Integer, byte[]> fetchAll(int port, String authorization, int[] ids)
      throws IOException {
    Map<Integer, byte[]> bodies = new HashMap<>();
    try (HttpConnection c = new HttpConnection("127.0.0.1", port, authorization)) {
      for (int id : ids) {
        int status = c.get("/schemas/ids/" + id);
        if (status != 200) {
          throw new IllegalStateException("/schemas/ids/" + id + " answered " + status);
        }
        bodies.put(id, Arrays.copyOf(c.body(), c.bodyLength()));
      }
    }
    return bodies;
  }

  private static boolean sameBodies(Map<Integer, byte[]> a, Map<Integer, byte[]> b) {
    return a.keySet().equals(b.keySet())
        && a.entrySet().stream().allMatch(e -> Arrays.equals(e.getValue(), b.get(e.getKey())));
  }
}
