package org.pactum.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.serialization.Serializer;
import org.pactum.contracts.model.DataContract;
import org.pactum.contracts.parse.ContractParser;
import org.pactum.streams.core.validate.RecordChecks;
import org.pactum.streams.serializer.PactumAvroSerializer;
import org.pactum.streams.serializer.PactumSerializerConfig;

/**
 * What the producer's validating serializer costs: {@link PactumAvroSerializer} serializing N
 * orders of the orders example contract ({@code contracts/examples/orders}: its per-record checks,
 * the schema id looked up once and cached) against {@link PlainAvroWireSerializer}, Avro alone
 * writing the same wire format with the same id, one thread each, alternating in rounds of one run.
 * Pactum's server is a loopback stub answering the contract and the schema look-up (asked once,
 * during warm-up; the report says how often it was asked while measuring). Both sides serialize the
 * same pool of generated valid orders, and are checked to write the same bytes first.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar org.pactum.bench.SerializerBench --records 200000
 * </pre>
 *
 * Options: {@code --records N} (per side per round, default 200,000), {@code --warmup N} (per side,
 * default 200,000, twice), {@code --rounds R} (default 3), {@code --pool N} (distinct orders,
 * default 10,000), {@code --contract-dir DIR} (default {@code contracts/examples/orders}). Goal:
 * Pactum ≥ 0.8 × plain.
 */
public final class SerializerBench {
  private static final int SCHEMA_ID = 1;
  private static final String CONTRACT = "orders.order_placed";

  private SerializerBench() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = options(args);
    int records = Integer.parseInt(options.getOrDefault("records", "200000"));
    int warmup = Integer.parseInt(options.getOrDefault("warmup", "200000"));
    int rounds = Integer.parseInt(options.getOrDefault("rounds", "3"));
    int pool = Integer.parseInt(options.getOrDefault("pool", "10000"));
    Path dir = contractDir(options.get("contract-dir"));

    String yaml = Files.readString(dir.resolve("order_placed.contract.yaml"));
    Schema schema = new Schema.Parser().parse(Files.readString(dir.resolve("order_placed.avsc")));
    DataContract contract =
        new ContractParser().parse(Path.of("c.contract.yaml"), yaml).contract().orElseThrow();
    RecordChecks checks = new RecordChecks(contract);

    AtomicInteger asked = new AtomicInteger();
    HttpServer stub = stubServer(yaml, asked);
    PactumAvroSerializer pactum = new PactumAvroSerializer();
    pactum.configure(
        Map.of(
            PactumSerializerConfig.REGISTRY_URL,
            "http://127.0.0.1:" + stub.getAddress().getPort(),
            PactumSerializerConfig.CONTRACT_ID,
            CONTRACT),
        false);
    PlainAvroWireSerializer plain = new PlainAvroWireSerializer(SCHEMA_ID);
    try {
      List<GenericRecord> orders = orders(schema, pool);
      for (GenericRecord order : orders) {
        if (!Arrays.equals(pactum.serialize("t", order), plain.serialize("t", order))) {
          throw new IllegalStateException("the two serializers write different bytes");
        }
      }
      Progress.print(
          "orders contract: %d per-record checks %s; %d distinct orders; warm-up %,d per side ×2",
          checks.perRecord().size(), checks.perRecord(), pool, warmup);
      for (int w = 0; w < 2; w++) {
        run(plain, orders, warmup);
        run(pactum, orders, warmup);
      }
      int askedBefore = asked.get();
      HeapSampler heap = new HeapSampler();
      System.gc();
      long heapBefore = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
      heap.start();
      // one uncounted run per side after the collection: the first run after it is slow
      // whichever side it is (the heap regrows), which would skew round 1
      run(plain, orders, records);
      run(pactum, orders, records);
      List<Double> plainPerSecond = new ArrayList<>();
      List<Double> pactumPerSecond = new ArrayList<>();
      List<Double> plainBytes = new ArrayList<>();
      List<Double> pactumBytes = new ArrayList<>();
      for (int r = 1; r <= rounds; r++) {
        // alternate which side goes first, so a drift in the machine hits both alike
        boolean plainFirst = r % 2 == 1;
        for (int side = 0; side < 2; side++) {
          boolean isPlain = (side == 0) == plainFirst;
          Run run = run(isPlain ? plain : pactum, orders, records);
          (isPlain ? plainPerSecond : pactumPerSecond).add(run.perSecond());
          (isPlain ? plainBytes : pactumBytes).add(run.bytesPerRecord());
          Progress.print(
              "round %d/%d %-6s %,12.0f records/CPU-s (%,.0f per wall-clock s)  %6.0f B"
                  + " allocated/record",
              r,
              rounds,
              isPlain ? "plain" : "pactum",
              run.perSecond(),
              run.perWallSecond(),
              run.bytesPerRecord());
        }
      }
      long peak = heap.stop();
      System.gc();
      long heapAfter = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
      SerializerCost cost = new SerializerCost(plainPerSecond, pactumPerSecond);
      System.out.print(
          report(
              cost,
              records,
              rounds,
              checks.perRecord().size(),
              SerializerCost.mean(plainBytes),
              SerializerCost.mean(pactumBytes),
              heapBefore,
              peak,
              heapAfter,
              asked.get() - askedBefore));
    } finally {
      pactum.close();
      stub.stop(0);
    }
  }

  static String report(
      SerializerCost cost,
      int records,
      int rounds,
      int checks,
      double plainBytes,
      double pactumBytes,
      long heapBefore,
      long heapPeak,
      long heapAfter,
      int serverCalls) {
    StringBuilder perRound = new StringBuilder();
    for (double r : cost.perRound()) {
      perRound.append(perRound.isEmpty() ? "" : ", ").append(String.format(Locale.ROOT, "%.3f", r));
    }
    return String.format(
        Locale.ROOT,
        "%n== SerializerBench, %s, %d CPUs, one thread per side, %,d records per side per round,"
            + " %d rounds, %d per-record checks ==%n"
            + "plain Avro   %,12.0f records/s per core  %6.0f B allocated/record%n"
            + "PactumAvro   %,12.0f records/s per core  %6.0f B allocated/record%n"
            + "Pactum / plain: %.3f (per round: %s); target ≥ %.2f: %s%n"
            + "heap in use: %,d KiB before, peak %,d KiB during, %,d KiB after the rounds (after"
            + " GC); registry calls while measuring: %d%n",
        LocalDate.now(),
        Runtime.getRuntime().availableProcessors(),
        records,
        rounds,
        checks,
        SerializerCost.mean(cost.plainPerSecond()),
        plainBytes,
        SerializerCost.mean(cost.pactumPerSecond()),
        pactumBytes,
        cost.ratio(),
        perRound,
        SerializerCost.TARGET,
        cost.met() ? "MET" : "MISSED",
        heapBefore / 1024,
        heapPeak / 1024,
        heapAfter / 1024,
        serverCalls);
  }

  /**
   * One side's timed run: records per second of this thread's CPU time (per core: robust against
   * other work on a shared machine, which the wall clock is not), records per wall-clock second,
   * and bytes allocated per record by this thread.
   */
  private record Run(double perSecond, double perWallSecond, double bytesPerRecord) {}

  private static long sink;

  private static Run run(Serializer<Object> serializer, List<GenericRecord> orders, int n) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long allocated = HeapSampler.allocatedBytes();
    long cpu = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    long bytes = 0;
    int size = orders.size();
    for (int i = 0; i < n; i++) {
      bytes += serializer.serialize("orders", orders.get(i % size)).length;
    }
    long nanos = System.nanoTime() - start;
    long cpuNanos = threads.getCurrentThreadCpuTime() - cpu;
    long allocatedNow = HeapSampler.allocatedBytes();
    sink += bytes; // keep the results alive
    return new Run(n * 1e9 / cpuNanos, n * 1e9 / nanos, (allocatedNow - allocated) / (double) n);
  }

  /** Valid orders, varied: ids, customers, amounts, statuses, currencies, e-mails, items. */
  static List<GenericRecord> orders(Schema schema, int n) {
    Random random = new Random(42);
    Schema status = schema.getField("status").schema();
    Schema channel = schema.getField("channel").schema();
    Schema item = schema.getField("items").schema().getElementType();
    String[] statuses = {"PLACED", "PAID", "SHIPPED", "CANCELLED"};
    String[] channels = {"WEB", "IOS", "ANDROID"};
    String[] currencies = {"EUR", "USD", "GBP", "CHF"};
    List<GenericRecord> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      GenericData.Record r = new GenericData.Record(schema);
      r.put("order_id", new UUID(random.nextLong(), random.nextLong()));
      r.put("customer_id", "c-" + random.nextInt(100_000));
      r.put("email", random.nextInt(10) == 0 ? null : "customer" + i + "@example.com");
      r.put("status", new GenericData.EnumSymbol(status, statuses[random.nextInt(4)]));
      r.put("channel", new GenericData.EnumSymbol(channel, channels[random.nextInt(3)]));
      r.put("amount", BigDecimal.valueOf(random.nextInt(5_000_000), 2));
      r.put("currency", currencies[random.nextInt(4)]);
      r.put("coupon_code", random.nextInt(5) == 0 ? "SAVE10" : null);
      List<GenericRecord> items = new ArrayList<>();
      for (int k = random.nextInt(3); k >= 0; k--) {
        GenericData.Record line = new GenericData.Record(item);
        line.put("sku", "sku-" + random.nextInt(1000));
        line.put("quantity", 1 + random.nextInt(5));
        line.put("unit_price", BigDecimal.valueOf(random.nextInt(100_000), 2));
        items.add(line);
      }
      r.put("items", items);
      r.put("shipping_address", null);
      Instant placed =
          Instant.parse("2026-01-01T00:00:00Z").plusSeconds(random.nextInt(30_000_000));
      r.put("placed_at", placed);
      r.put("loaded_at", placed.plusSeconds(60));
      out.add(r);
    }
    return out;
  }

  /** Pactum's server as the serializer sees it: the contract's latest version and one schema id. */
  private static HttpServer stubServer(String yaml, AtomicInteger asked) throws IOException {
    ObjectNode version = new ObjectMapper().createObjectNode();
    version.put("id", CONTRACT);
    version.put("version_no", 1);
    version.putObject("schema").put("subject", CONTRACT);
    version.put("contract", yaml);
    Map<String, byte[]> answers =
        Map.of(
            "/api/v1/contracts/" + CONTRACT + "/versions/latest",
            version.toString().getBytes(StandardCharsets.UTF_8),
            "/subjects/" + CONTRACT,
            ("{\"id\":" + SCHEMA_ID + "}").getBytes(StandardCharsets.UTF_8));
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/",
        exchange -> {
          asked.incrementAndGet();
          exchange.getRequestBody().readAllBytes();
          byte[] body = answers.get(exchange.getRequestURI().getRawPath());
          if (body == null) {
            exchange.sendResponseHeaders(404, -1);
          } else {
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
          }
          exchange.close();
        });
    server.start();
    return server;
  }

  private static Path contractDir(String given) {
    if (given != null) {
      return Path.of(given);
    }
    Path here = Path.of("contracts/examples/orders");
    return Files.isDirectory(here) ? here : Path.of("../contracts/examples/orders");
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> out = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        throw new IllegalArgumentException(
            "usage: SerializerBench [--records N] [--warmup N] [--rounds R] [--pool N]"
                + " [--contract-dir DIR]");
      }
      out.put(args[i].substring(2), args[++i]);
    }
    return out;
  }
}
