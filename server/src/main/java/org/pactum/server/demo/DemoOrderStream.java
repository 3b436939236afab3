package org.pactum.server.demo;

import io.dropwizard.lifecycle.Managed;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.pactum.registry.core.SchemaRegistry;
import org.pactum.registry.core.SchemaSubmission;
import org.pactum.streams.core.Binding;
import org.pactum.streams.core.validate.AvroLogicalTypes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo's checkout service: a steady stream of orders onto the orders contract's input topic, in
 * Confluent's wire format, keyed by customer, with the producer's {@code service-id} and {@code
 * deployment-hash} headers — about {@value #PER_SECOND} a second, and in each second a few bad
 * ones: an order whose customer id is null (written with a looser schema version the producer
 * registered, as a service does when it ships a change before its consumers are ready), an amount
 * out of range, a payload naming a schema id that was never registered, and an order of the
 * customer the demo's erasure forgot ({@link DemoErasure#SUBJECT}), which must not get through.
 */
public final class DemoOrderStream implements Managed {
  private static final Logger LOG = LoggerFactory.getLogger(DemoOrderStream.class);

  /** The contract whose stream the demo produces. */
  public static final String CONTRACT = "orders.order_placed";

  /** The demo's windows: short, so its stream page fills in seconds. */
  public static final int WINDOW_SECONDS = 10;

  static final int PER_SECOND = 20;
  static final String SERVICE_ID = "checkout-api";
  static final String DEPLOYMENT_HASH = "9c1d2f7";

  /** A schema id no registry here hands out: the "unregistered schema" payloads. */
  static final int UNREGISTERED_ID = 1_999_999_999;

  private static final String[] CURRENCIES = {"EUR", "USD", "GBP", "CHF"};
  private static final String[] CHANNELS = {"WEB", "IOS", "ANDROID"};

  private final String bootstrapServers;
  private final Binding binding;
  private final String schemaText;
  private final SchemaRegistry registry;
  private final Consumer<String> console;
  private final Random random = new Random(2026);
  private final GenericData data = AvroLogicalTypes.data();
  private ScheduledExecutorService ticks;
  private KafkaProducer<byte[], byte[]> producer;
  private Schema schema;
  private Schema nullableCustomer;
  private int schemaId;
  private int nullableId;
  private long tick;

  /**
   * @param schemaText the orders contract's Avro schema, registered under its subject
   */
  public DemoOrderStream(
      String bootstrapServers,
      Binding binding,
      String schemaText,
      SchemaRegistry registry,
      Consumer<String> console) {
    this.bootstrapServers = bootstrapServers;
    this.binding = binding;
    this.schemaText = schemaText;
    this.registry = registry;
    this.console = console;
  }

  /** Creates the input topic (two partitions) before the validators look for it. */
  public void createInputTopic() {
    Properties p = new Properties();
    p.put("bootstrap.servers", bootstrapServers);
    try (Admin admin = Admin.create(p)) {
      admin
          .createTopics(
              List.of(new NewTopic(binding.inputTopic(), Optional.of(2), Optional.empty())))
          .all()
          .get(30, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      if (!(e.getCause() instanceof TopicExistsException)) {
        throw new IllegalStateException("the demo's input topic could not be created", e);
      }
    } catch (Exception e) {
      throw new IllegalStateException("the demo's input topic could not be created", e);
    }
  }

  @Override
  public void start() {
    String subject = binding.contractId();
    schema = new Schema.Parser().parse(schemaText);
    String looser =
        schemaText.replace(
            "{\"name\": \"customer_id\", \"type\": \"string\",",
            "{\"name\": \"customer_id\", \"type\": [\"null\", \"string\"], \"default\": null,");
    nullableCustomer = new Schema.Parser().parse(looser);
    schemaId = registry.register(subject, SchemaSubmission.of(schemaText, "AVRO")).id();
    nullableId = registry.register(subject, SchemaSubmission.of(looser, "AVRO")).id();
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    p.put(ProducerConfig.CLIENT_ID_CONFIG, SERVICE_ID);
    p.put(ProducerConfig.LINGER_MS_CONFIG, "20");
    producer = new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer());
    ticks =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "pactum-demo-orders");
              t.setDaemon(true);
              return t;
            });
    ticks.scheduleAtFixedRate(this::tickLogged, 0, 1000 / PER_SECOND, TimeUnit.MILLISECONDS);
    console.accept(
        "Streams: a Kafka node (KRaft) runs in this process at "
            + bootstrapServers
            + "; "
            + SERVICE_ID
            + " produces ~"
            + PER_SECOND
            + " orders/s to "
            + binding.inputTopic()
            + ", a few bad ones each second (and one of the erased customer "
            + DemoErasure.SUBJECT
            + ").");
    console.accept(
        "  valid → "
            + binding.validTopic()
            + ", rejected → "
            + binding.deadLetterTopic()
            + " (reasons in __pactum.errors.* headers); each 10 s window is a check run."
            + " Page: /ui/streams/"
            + binding.contractId());
  }

  private void tickLogged() {
    try {
      tick();
    } catch (RuntimeException e) {
      LOG.atWarn()
          .addKeyValue("event", "demo_stream_send_failed")
          .addKeyValue("error", e.getClass().getSimpleName())
          .log("the demo producer could not send");
    }
  }

  private void tick() {
    long n = tick++;
    int slot = (int) (n % PER_SECOND);
    GenericRecord order;
    int id = schemaId;
    switch (slot) {
      case 3 -> {
        order = order(nullableCustomer);
        order.put("customer_id", null);
        id = nullableId;
      }
      case 9 -> {
        order = order(schema);
        order.put("amount", new BigDecimal("250000.00"));
      }
      case 15 -> {
        order = order(schema);
        id = UNREGISTERED_ID;
      }
      case 18 -> {
        order = order(schema); // an order still on its way from the customer who was forgotten
        order.put("customer_id", DemoErasure.SUBJECT);
      }
      default -> order = order(schema);
    }
    Object customer = order.get("customer_id");
    byte[] key = customer == null ? null : customer.toString().getBytes(StandardCharsets.UTF_8);
    RecordHeaders headers = new RecordHeaders();
    headers.add("service-id", SERVICE_ID.getBytes(StandardCharsets.UTF_8));
    headers.add("deployment-hash", DEPLOYMENT_HASH.getBytes(StandardCharsets.UTF_8));
    producer.send(
        new ProducerRecord<>(
            binding.inputTopic(), null, System.currentTimeMillis(), key, wire(id, order), headers));
  }

  private GenericRecord order(Schema s) {
    GenericData.Record r = new GenericData.Record(s);
    int customer = 1000 + random.nextInt(400);
    Instant now = Instant.now();
    r.put("order_id", UUID.randomUUID());
    r.put("customer_id", "c-" + customer);
    r.put("email", random.nextInt(10) < 7 ? "customer" + customer + "@example.com" : null);
    r.put("status", new GenericData.EnumSymbol(s.getField("status").schema(), "PLACED"));
    r.put(
        "channel",
        new GenericData.EnumSymbol(s.getField("channel").schema(), CHANNELS[random.nextInt(3)]));
    r.put(
        "amount",
        BigDecimal.valueOf(5 + random.nextDouble() * 300).setScale(2, RoundingMode.HALF_UP));
    r.put("currency", CURRENCIES[random.nextInt(CURRENCIES.length)]);
    r.put("coupon_code", random.nextInt(10) < 3 ? "WINTER10" : null);
    r.put("items", List.of());
    r.put("shipping_address", null);
    r.put("placed_at", now);
    r.put("loaded_at", now);
    return r;
  }

  private byte[] wire(int id, GenericRecord record) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    out.write(0);
    out.writeBytes(ByteBuffer.allocate(4).putInt(id).array());
    BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(out, null);
    try {
      new GenericDatumWriter<GenericRecord>(record.getSchema(), data).write(record, encoder);
      encoder.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  @Override
  public void stop() {
    if (ticks != null) {
      ticks.shutdownNow();
    }
    if (producer != null) {
      producer.close(Duration.ofSeconds(5));
    }
  }
}
