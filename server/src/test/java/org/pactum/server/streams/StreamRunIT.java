package org.pactum.server.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.avro.Conversions;
import org.apache.avro.Schema;
import org.apache.avro.data.TimeConversions;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.pactum.registry.RegistryConfig;
import org.pactum.registry.core.CompatibilityChecker;
import org.pactum.registry.core.SchemaRegistry;
import org.pactum.registry.core.SchemaSubmission;
import org.pactum.registry.store.JdbiRegistryStore;
import org.pactum.server.PactumTestServer;
import org.pactum.server.cli.PactumCli;
import org.pactum.testsupport.KafkaExtension;
import org.pactum.testsupport.PostgresExtension;
import org.pactum.testsupport.TestDatabase;
import org.pactum.testsupport.TestKafka;
import picocli.CommandLine;

/**
 * {@code pactum stream run --contract orders.order_placed CONFIG}: the validators without the HTTP
 * server, on CONFIG's database and Kafka cluster, publish the contracts folder, validate the stream
 * and record its windows as stream runs in the shared result log; it stops when asked.
 */
@ExtendWith({PostgresExtension.class, KafkaExtension.class})
class StreamRunIT {
  @Test
  void theValidatorsRunAloneAndRecordWindowsInTheSharedDatabase(
      TestDatabase db, TestKafka kafka, @TempDir Path work) throws Exception {
    String input = kafka.newTopic("orders-standalone", 1);
    Path config = work.resolve("pactum-stream-run.yml");
    Files.writeString(
        config,
        Files.readString(Path.of("config/pactum.yml"))
            .replace("  url: ${PACTUM_DATABASE_URL:-}", "  url: " + db.jdbcUrl())
            .replace("    url: ${PACTUM_WAREHOUSE_URL:-}", "    url: " + db.jdbcUrl())
            .replace("    user: ${PACTUM_WAREHOUSE_USER:-}", "    user: " + db.user())
            .replace(
                "    password: ${PACTUM_WAREHOUSE_PASSWORD:-}", "    password: " + db.password())
            .replace("  user: ${PACTUM_DATABASE_USER:-pactum}", "  user: " + db.user())
            .replace("  password: ${PACTUM_DATABASE_PASSWORD:-}", "  password: " + db.password())
            .replace(
                "${PACTUM_CONTRACTS:-contracts/examples}", PactumTestServer.EXAMPLES.toString())
            .replace("  secret: ${PACTUM_ERASURE_SECRET:-}", "  secret: pactum-test-erasure-secret")
            .replace(
                "  bootstrapServers: \"${PACTUM_KAFKA_BOOTSTRAP:-}\"",
                "  bootstrapServers: \"" + kafka.bootstrapServers() + "\"")
            .replace(
                "  window: ${PACTUM_STREAM_WINDOW:-1m}\n  grace: 10s", "  window: 10s\n  grace: 0s")
            .replace(
                "  applicationIdPrefix: pactum-streams",
                "  applicationIdPrefix: stream-run-" + input)
            .replace("  stateDirectory: \"\"", "  stateDirectory: " + work.resolve("state"))
            .replace(
                "  bindings: []\n",
                "  bindings:\n    - {contract: orders.order_placed, input: "
                    + input
                    + ", valid: "
                    + input
                    + ".valid, deadLetter: "
                    + input
                    + ".dlq}\n"));

    StringWriter out = new StringWriter();
    AtomicInteger exit = new AtomicInteger(-1);
    Thread run =
        new Thread(
            () -> {
              CommandLine cli = PactumCli.commandLine();
              cli.setOut(new PrintWriter(out, true));
              cli.setErr(new PrintWriter(out, true));
              exit.set(
                  cli.execute(
                      "stream", "run", "--contract", "orders.order_placed", config.toString()));
            },
            "stream-run-it");
    // a real operator's process has none of the dw.* properties other test servers in this JVM
    // left behind (they would point the command at their database)
    Properties overrides = new Properties();
    System.getProperties().stringPropertyNames().stream()
        .filter(k -> k.startsWith("dw."))
        .forEach(k -> overrides.setProperty(k, System.getProperty(k)));
    overrides.stringPropertyNames().forEach(System::clearProperty);
    run.start();
    try {
      Schema schema =
          new Schema.Parser()
              .parse(
                  Files.readString(PactumTestServer.EXAMPLES.resolve("orders/order_placed.avsc")));
      int id = awaitSchemaId(db, schema, run, out);
      long w0 = Instant.now().minus(Duration.ofMinutes(5)).toEpochMilli() / 10_000 * 10_000;
      try (KafkaProducer<byte[], byte[]> producer =
          new KafkaProducer<>(
              Map.of("bootstrap.servers", kafka.bootstrapServers()),
              new ByteArraySerializer(),
              new ByteArraySerializer())) {
        for (long at : new long[] {w0 + 1_000, w0 + 2_000, w0 + 15_000, w0 + 25_000}) {
          producer.send(new ProducerRecord<>(input, null, at, null, wire(id, schema)));
        }
        producer.flush();
      }
      long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
      List<String> runs = new ArrayList<>();
      while (runs.isEmpty() && System.nanoTime() < deadline) {
        runs = streamRuns(db);
        Thread.sleep(250);
      }
      assertThat(runs)
          .as(out.toString())
          .contains("stream:orders.order_placed:" + Instant.ofEpochMilli(w0));
      assertThat(out.toString()).contains("validating streams of orders.order_placed");
    } finally {
      run.interrupt();
      run.join(60_000);
      overrides.stringPropertyNames().forEach(k -> System.setProperty(k, overrides.getProperty(k)));
    }
    assertThat(run.isAlive()).isFalse();
    assertThat(exit.get()).as(out.toString()).isZero();
  }

  /** The orders schema's id once the command has published the contracts folder. */
  private static int awaitSchemaId(TestDatabase db, Schema schema, Thread run, StringWriter out)
      throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    SchemaRegistry registry =
        new SchemaRegistry(
            new JdbiRegistryStore(
                Jdbi.create(db.dataSource()).installPlugin(new SqlObjectPlugin())),
            CompatibilityChecker.standard(),
            new RegistryConfig().toSettings());
    while (true) {
      try {
        return registry
            .lookup("orders.order_placed", SchemaSubmission.of(schema.toString(), "AVRO"), false)
            .schema()
            .id();
      } catch (RuntimeException notYet) {
        if (System.nanoTime() > deadline || !run.isAlive()) {
          throw new AssertionError("the command published no contract: " + out, notYet);
        }
        Thread.sleep(250);
      }
    }
  }

  private static List<String> streamRuns(TestDatabase db) throws Exception {
    List<String> ids = new ArrayList<>();
    try (Connection c = db.dataSource().getConnection();
        Statement s = c.createStatement()) {
      if (!tableExists(c)) {
        return ids;
      }
      try (ResultSet r =
          s.executeQuery("select run_id from checks.check_run where trigger = 'stream'")) {
        while (r.next()) {
          ids.add(r.getString(1));
        }
      }
    }
    return ids;
  }

  private static boolean tableExists(Connection c) throws Exception {
    try (ResultSet r = c.getMetaData().getTables(null, "checks", "check_run", null)) {
      return r.next();
    }
  }

  private static byte[] wire(int id, Schema s) throws IOException {
    GenericData data = new GenericData();
    data.addLogicalTypeConversion(new Conversions.DecimalConversion());
    data.addLogicalTypeConversion(new Conversions.UUIDConversion());
    data.addLogicalTypeConversion(new TimeConversions.TimestampMillisConversion());
    GenericData.Record r = new GenericData.Record(s);
    r.put("order_id", UUID.randomUUID());
    r.put("customer_id", "c-1001");
    r.put("email", "ana@example.com");
    r.put("status", new GenericData.EnumSymbol(s.getField("status").schema(), "PLACED"));
    r.put("channel", new GenericData.EnumSymbol(s.getField("channel").schema(), "WEB"));
    r.put("amount", new BigDecimal("42.00"));
    r.put("currency", "EUR");
    r.put("coupon_code", "WINTER10");
    r.put("items", List.of());
    r.put("shipping_address", null);
    r.put("placed_at", Instant.parse("2026-12-01T10:15:30Z"));
    r.put("loaded_at", Instant.parse("2026-12-01T10:16:00Z"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(0);
    out.writeBytes(ByteBuffer.allocate(4).putInt(id).array());
    BinaryEncoder e = EncoderFactory.get().directBinaryEncoder(out, null);
    new GenericDatumWriter<GenericRecord>(s, data).write(r, e);
    e.flush();
    return out.toByteArray();
  }
}
