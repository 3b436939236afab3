package org.pactum.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.apache.avro.Schema;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.pactum.contracts.ContractLoader;
import org.pactum.contracts.model.DataContract;
import org.pactum.kafka.embedded.EmbeddedKafka;
import org.pactum.kafka.embedded.EmbeddedKafkaSettings;
import org.pactum.registry.RegistryConfig;
import org.pactum.registry.core.CompatibilityChecker;
import org.pactum.registry.core.SchemaRegistry;
import org.pactum.registry.core.SchemaSubmission;
import org.pactum.registry.store.JdbiRegistryStore;
import org.pactum.streams.core.Binding;
import org.pactum.streams.core.validate.RecordValidator;
import org.pactum.streams.core.validate.WriterSubjects;
import org.pactum.streams.core.window.WindowPlan;
import org.pactum.streams.core.window.WindowSize;
import org.pactum.streams.registry.RegistrySchemaSource;
import org.pactum.streams.topology.StreamsSettings;
import org.pactum.streams.topology.ValidationTopology;

/**
 * The stream validator's cost, on a real Kafka node (KRaft) in this JVM: {@code --records} order
 * records of the example contract (its 8 row-level checks; one in 100 breaks one) are produced
 * once, then read by two Kafka Streams applications in alternating rounds (after a warm-up round
 * that is not counted), both exactly-once with the same threads: a <b>pass-through</b> (input →
 * output, the baseline) and the <b>validator</b> ({@code ValidationTopology}: wire header, writer
 * schema, Avro decode, checks, routing, window counts). Throughput is records committed per second
 * (the application's committed input offsets, from its first commit to its last); the goal is
 * validator ≥ 0.7 × pass-through. Then a live phase sends a steady rate through each and reports
 * the end-to-end latency percentiles (the record's timestamp to its arrival at a read_committed
 * consumer), and the validator's p99 minus the pass-through's is the latency it adds. The heap
 * after a full GC is sampled at each quarter of the validator's run (it should not grow with the
 * record count).
 */
public final class StreamValidatorBench {
  private static final double GOAL = 0.7;
  private static final Path ORDERS = Path.of("contracts/examples/orders");

  private final int records;
  private final int partitions;
  private final int rounds;
  private final int warmups;
  private final int liveRate;
  private final int liveSeconds;
  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

  private StreamValidatorBench(Map<String, String> o) {
    this.records = Integer.parseInt(o.getOrDefault("--records", "1000000"));
    this.partitions = Integer.parseInt(o.getOrDefault("--partitions", "2"));
    this.rounds = Integer.parseInt(o.getOrDefault("--rounds", "3"));
    this.warmups = Integer.parseInt(o.getOrDefault("--warmup", "1"));
    this.liveRate = Integer.parseInt(o.getOrDefault("--live-rate", "2000"));
    this.liveSeconds = Integer.parseInt(o.getOrDefault("--live-seconds", "15"));
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      options.put(args[i], args[i + 1]);
    }
    long seed = Long.parseLong(options.getOrDefault("--seed", "20261208"));
    new StreamValidatorBench(options).run(seed);
  }

  private void run(long seed) throws Exception {
    Path dir = Files.createTempDirectory("pactum-stream-bench");
    int cores = Runtime.getRuntime().availableProcessors();
    Progress.print(
        "stream validator bench: %,d records, %d partitions, %d rounds, %d cores, heap max %d MiB",
        records, partitions, rounds, cores, Runtime.getRuntime().maxMemory() >> 20);
    try (EmbeddedPostgres pg = BenchPostgres.builder(dir.resolve("pg")).start();
        EmbeddedKafka kafka = EmbeddedKafka.start(EmbeddedKafkaSettings.temporary());
        Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
      DataSource ds = pg.getPostgresDatabase();
      Flyway.configure()
          .dataSource(ds)
          .schemas("registry")
          .createSchemas(true)
          .locations("classpath:db/registry")
          .load()
          .migrate();
      SchemaRegistry registry =
          new SchemaRegistry(
              new JdbiRegistryStore(Jdbi.create(ds).installPlugin(new SqlObjectPlugin())),
              CompatibilityChecker.standard(),
              new RegistryConfig().toSettings());
      DataContract contract =
          new ContractLoader()
              .load(ORDERS.resolve("order_placed.contract.yaml"))
              .contract()
              .orElseThrow()
              .contract();
      String text = Files.readString(ORDERS.resolve("order_placed.avsc"));
      int schemaId = registry.register(contract.id(), SchemaSubmission.of(text, "AVRO")).id();
      Schema schema = new Schema.Parser().parse(text);

      String input = "bench.orders";
      createTopics(admin, input);
      produce(
          kafka.bootstrapServers(), input, new StreamOrders(schema, schemaId, seed), records, null);

      RegistrySchemaSource schemas = new RegistrySchemaSource(registry);
      List<Double> pass = new ArrayList<>();
      List<Double> valid = new ArrayList<>();
      long[] heap = new long[4];
      GroupProgress progress = new GroupProgress(admin);
      for (int round = 1 - warmups; round <= rounds; round++) {
        String p = "bench-pass-" + (round + warmups);
        createTopics(admin, p + ".out");
        pass.add(throughput(kafka, progress, p, input, passThrough(input, p + ".out"), dir, null));
        String v = "bench-validate-" + (round + warmups);
        createTopics(admin, v + ".valid", v + ".dlq");
        valid.add(
            throughput(
                kafka,
                progress,
                v,
                input,
                validator(
                    contract, schemas, new Binding(contract.id(), input, v + ".valid", v + ".dlq")),
                dir,
                round == rounds ? heap : null));
        int last = pass.size() - 1;
        Progress.print(
            "%s: pass-through %,.0f records/s, validator %,.0f records/s (%.3f)",
            round < 1 ? "warm-up" : "round " + round,
            pass.get(last),
            valid.get(last),
            valid.get(last) / pass.get(last));
        if (round < 1) {
          pass.remove(last);
          valid.remove(last);
        }
      }

      long[] passLatency =
          live(
              kafka,
              admin,
              "bench-live-pass",
              schema,
              schemaId,
              seed,
              (in, out) -> passThrough(in, out + ".out"),
              dir);
      long[] validLatency =
          live(
              kafka,
              admin,
              "bench-live-validate",
              schema,
              schemaId,
              seed,
              (in, out) ->
                  validator(
                      contract,
                      schemas,
                      new Binding(contract.id(), in, out + ".out", out + ".dlq")),
              dir);

      double passRate = Percentiles.median(pass);
      double validRate = Percentiles.median(valid);
      System.out.println();
      System.out.println(
          String.format(
              Locale.ROOT,
              "==== summary (%,d records, %d partitions, %d cores)",
              records,
              partitions,
              cores));
      System.out.printf(
          Locale.ROOT,
          "  pass-through  %,10.0f records/s  (%,.0f per core)%n",
          passRate,
          passRate / cores);
      System.out.printf(
          Locale.ROOT,
          "  validator     %,10.0f records/s  (%,.0f per core)%n",
          validRate,
          validRate / cores);
      double ratio = validRate / passRate;
      System.out.printf(
          Locale.ROOT,
          "  ratio validator / pass-through: %.3f (goal ≥ %.1f: %s); per round: %s%n",
          ratio,
          GOAL,
          ratio >= GOAL ? "MET" : "MISSED",
          ratios(valid, pass));
      System.out.printf(
          Locale.ROOT,
          "  live %d records/s for %d s: pass-through p50 %d ms p99 %d ms; validator p50 %d ms p99 %d ms; p99 added %d ms%n",
          liveRate,
          liveSeconds,
          (long) Percentiles.of(passLatency, 50),
          (long) Percentiles.of(passLatency, 99),
          (long) Percentiles.of(validLatency, 50),
          (long) Percentiles.of(validLatency, 99),
          (long) (Percentiles.of(validLatency, 99) - Percentiles.of(passLatency, 99)));
      System.out.printf(
          Locale.ROOT,
          "  validator heap after GC at 25/50/75/100%% of the records: %d / %d / %d / %d MiB%n",
          heap[0] >> 20,
          heap[1] >> 20,
          heap[2] >> 20,
          heap[3] >> 20);
    }
  }

  private static String ratios(List<Double> a, List<Double> b) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < a.size(); i++) {
      out.add(String.format(Locale.ROOT, "%.3f", a.get(i) / b.get(i)));
    }
    return out.toString();
  }

  private void createTopics(Admin admin, String... names) throws Exception {
    List<NewTopic> topics = new ArrayList<>();
    for (String n : names) {
      topics.add(new NewTopic(n, Optional.of(partitions), Optional.empty()));
    }
    admin.createTopics(topics).all().get(30, TimeUnit.SECONDS);
  }

  private static Topology passThrough(String input, String output) {
    StreamsBuilder b = new StreamsBuilder();
    b.stream(input, Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()))
        .to(output, Produced.with(Serdes.ByteArray(), Serdes.ByteArray()));
    return b.build();
  }

  private static Topology validator(
      DataContract contract, RegistrySchemaSource schemas, Binding binding) {
    return ValidationTopology.build(
        binding,
        new RecordValidator(contract, schemas, WriterSubjects.of(contract, binding.inputTopic())),
        new WindowPlan(contract, new WindowSize(Duration.ofMinutes(1), Duration.ofSeconds(10))),
        window -> {});
  }

  private Properties settings(EmbeddedKafka kafka, String appId, Path dir) {
    Properties p = StreamsSettings.of(appId, kafka.bootstrapServers(), dir.resolve(appId));
    p.put(
        StreamsConfig.NUM_STREAM_THREADS_CONFIG,
        Math.min(partitions, Runtime.getRuntime().availableProcessors()));
    return p;
  }

  /** Records per second committed by a fresh application over the whole input. */
  private double throughput(
      EmbeddedKafka kafka,
      GroupProgress progress,
      String appId,
      String input,
      Topology topology,
      Path dir,
      long[] heapAtQuarters)
      throws Exception {
    try (KafkaStreams streams = new KafkaStreams(topology, settings(kafka, appId, dir))) {
      streams.start();
      long t0 = 0;
      long c0 = 0;
      int quarter = 0;
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(15);
      while (System.nanoTime() < deadline) {
        long c = progress.committed(appId, input);
        long now = System.nanoTime();
        if (t0 == 0 && c > 0) {
          t0 = now;
          c0 = c;
        }
        while (heapAtQuarters != null && quarter < 4 && c >= (long) records * (quarter + 1) / 4) {
          memory.gc();
          heapAtQuarters[quarter++] = memory.getHeapMemoryUsage().getUsed();
        }
        if (c >= records) {
          double seconds = (now - t0) / 1e9;
          return seconds <= 0 ? Double.NaN : (c - c0) / seconds;
        }
        Thread.sleep(50);
      }
      throw new IllegalStateException(appId + " did not finish in 15 minutes");
    }
  }

  interface TopologyFor {
    Topology of(String input, String outputPrefix);
  }

  /** Sends {@code liveRate} records/s for {@code liveSeconds}; end-to-end latencies in ms. */
  private long[] live(
      EmbeddedKafka kafka,
      Admin admin,
      String name,
      Schema schema,
      int schemaId,
      long seed,
      TopologyFor topologyFor,
      Path dir)
      throws Exception {
    String input = name + ".in";
    createTopics(admin, input, name + ".out", name + ".dlq");
    List<Long> latencies = new ArrayList<>();
    try (KafkaStreams streams =
            new KafkaStreams(topologyFor.of(input, name), settings(kafka, name, dir));
        KafkaConsumer<byte[], byte[]> consumer = consumer(kafka, name)) {
      streams.start();
      consumer.subscribe(List.of(name + ".out", name + ".dlq"));
      long total = (long) liveRate * liveSeconds;
      AtomicLong sent = new AtomicLong();
      Thread producer =
          new Thread(
              () -> {
                try {
                  produce(
                      kafka.bootstrapServers(),
                      input,
                      new StreamOrders(schema, schemaId, seed + 1),
                      total,
                      sent);
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
              },
              "bench-live-producer");
      Thread.sleep(5_000); // let the application join its group first
      producer.start();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(liveSeconds + 60L);
      while (latencies.size() < total && System.nanoTime() < deadline) {
        for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(100))) {
          latencies.add(System.currentTimeMillis() - r.timestamp());
        }
      }
      producer.join();
    }
    Progress.print("live %s: %,d records received", name, latencies.size());
    long[] out = latencies.stream().mapToLong(Long::longValue).toArray();
    Arrays.sort(out);
    return out;
  }

  private static KafkaConsumer<byte[], byte[]> consumer(EmbeddedKafka kafka, String name) {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
    p.put(ConsumerConfig.GROUP_ID_CONFIG, name + "-reader");
    p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    return new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer());
  }

  /**
   * Produces {@code n} orders; paced at {@code liveRate}/s when {@code paced} is given (counting
   * into it), else as fast as the broker takes them, with progress every 10%.
   */
  private void produce(
      String bootstrap, String topic, StreamOrders orders, long n, AtomicLong paced)
      throws Exception {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(ProducerConfig.LINGER_MS_CONFIG, paced == null ? "20" : "0");
    p.put(ProducerConfig.BATCH_SIZE_CONFIG, "262144");
    long start = System.nanoTime();
    try (KafkaProducer<byte[], byte[]> producer =
        new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer())) {
      for (long i = 0; i < n; i++) {
        if (paced != null) {
          long due = start + i * 1_000_000_000L / liveRate;
          long wait = due - System.nanoTime();
          if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
          }
          paced.incrementAndGet();
        } else if (i > 0 && i % (n / 10) == 0) {
          Progress.print("produced %,d of %,d", i, n);
        }
        producer.send(
            new ProducerRecord<>(
                topic,
                null,
                System.currentTimeMillis(),
                Long.toString(i).getBytes(),
                orders.next()));
      }
      producer.flush();
    }
    if (paced == null) {
      Progress.print("produced %,d records in %.1f s", n, (System.nanoTime() - start) / 1e9);
    }
  }
}
