package org.pactum.server.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dropwizard.testing.DropwizardTestSupport;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.pactum.api.auth.Role;
import org.pactum.server.PactumTestServer;
import org.pactum.server.config.PactumConfiguration;
import org.pactum.streams.client.ContractClient;
import org.pactum.streams.client.PublishedContract;
import org.pactum.streams.client.RegistryClient;
import org.pactum.streams.client.RegistryClientException;
import org.pactum.streams.client.RegistryClientSettings;
import org.pactum.streams.client.RegistryConnection;
import org.pactum.streams.client.RegistryCredentials;
import org.pactum.streams.core.Verdict;
import org.pactum.streams.core.schema.RegistryUnavailableException;
import org.pactum.streams.core.schema.SchemaLookup;
import org.pactum.streams.core.validate.RecordValidator;
import org.pactum.streams.core.wire.SchemaId;
import org.pactum.streams.registry.RemoteSchemaSource;
import org.pactum.streams.serializer.ContractViolationException;
import org.pactum.streams.serializer.PactumAvroSerializer;
import org.pactum.streams.serializer.PactumRegistryException;
import org.pactum.streams.serializer.PactumSerializerConfig;
import org.pactum.testsupport.KafkaExtension;
import org.pactum.testsupport.TestKafka;

/**
 * The producer side end to end: a plain {@link KafkaProducer} with {@link PactumAvroSerializer}
 * against the whole server (authentication required, the orders contract bound to Kafka topics in
 * its contracts folder) and a real Kafka node. Valid orders arrive in the wire format and the
 * validator's {@link RecordValidator}, reading schemas through {@link RemoteSchemaSource}, accepts
 * them; an order without a customer fails the send (fail mode) or lands on the dead-letter topic
 * with the validator's headers and then fails the send (dead-letter mode); a registry that cannot
 * be reached is a typed registry error, never a violation.
 */
@ExtendWith(KafkaExtension.class)
class PactumSerializerIT {
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final String CONTRACT = "orders.order_placed";

  @TempDir static Path work;
  private static DropwizardTestSupport<PactumConfiguration> app;
  private static TestKafka kafka;
  private static String url;
  private static String input;
  private static String deadLetter;
  private static String readerUserInfo;
  private static String adminToken;
  private static Schema schema;
  private static Schema nullableCustomer;

  @BeforeAll
  static void start(TestKafka testKafka) throws Exception {
    kafka = testKafka;
    input = kafka.newTopic("orders", 1);
    String valid = kafka.newTopic("orders.valid", 1);
    deadLetter = kafka.newTopic("orders.dlq", 1);
    Path examples = PactumTestServer.EXAMPLES.resolve("orders");
    Path contracts = Files.createDirectories(work.resolve("contracts/orders"));
    String avsc = Files.readString(examples.resolve("order_placed.avsc"));
    Files.writeString(contracts.resolve("order_placed.avsc"), avsc);
    Files.writeString(
        contracts.resolve("order_placed.contract.yaml"),
        Files.readString(examples.resolve("order_placed.contract.yaml"))
                // this test's own topics instead of the example's
                .replaceAll("(?m)^kafka:.*\\n(^  .*\\n)*", "")
            + "kafka:\n  input: "
            + input
            + "\n  valid: "
            + valid
            + "\n  dead_letter: "
            + deadLetter
            + "\n");
    schema = new Schema.Parser().parse(avsc);
    String nullable =
        avsc.replace(
            "{\"name\": \"customer_id\", \"type\": \"string\",",
            "{\"name\": \"customer_id\", \"type\": [\"null\", \"string\"], \"default\": null,");
    assertThat(nullable).isNotEqualTo(avsc);
    nullableCustomer = new Schema.Parser().parse(nullable);

    app =
        PactumTestServer.create(
            work.resolve("pg"), work.resolve("contracts"), PactumTestServer.AUTH_REQUIRED);
    app.before();
    url = "http://localhost:" + app.getLocalPort();
    readerUserInfo =
        "serializer-reader:" + PactumTestServer.createToken(app, "serializer-reader", Role.READER);
    adminToken = PactumTestServer.createToken(app, "serializer-admin", Role.ADMIN);
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.after();
    }
  }

  private static GenericRecord order(Schema of, String orderId, String customerId) {
    GenericData.Record r = new GenericData.Record(of);
    r.put("order_id", UUID.fromString(orderId));
    r.put("customer_id", customerId);
    r.put("email", "ana@example.com");
    r.put("status", new GenericData.EnumSymbol(of.getField("status").schema(), "PLACED"));
    r.put("channel", new GenericData.EnumSymbol(of.getField("channel").schema(), "WEB"));
    r.put("amount", new BigDecimal("42.50"));
    r.put("currency", "EUR");
    r.put("coupon_code", null);
    r.put("items", List.of());
    r.put("shipping_address", null);
    r.put("placed_at", Instant.parse("2026-12-01T10:15:30Z"));
    r.put("loaded_at", Instant.parse("2026-12-01T10:16:00Z"));
    return r;
  }

  /** A producer whose values go through the serializer; the registry read with a reader token. */
  private static KafkaProducer<String, Object> producer(Map<String, Object> pactum) {
    Map<String, Object> configs = new HashMap<>();
    configs.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
    configs.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
    configs.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, PactumAvroSerializer.class);
    configs.put(PactumSerializerConfig.REGISTRY_URL, url);
    configs.put(PactumSerializerConfig.CONTRACT_ID, CONTRACT);
    configs.put(PactumSerializerConfig.SERVICE_ID, "checkout-api");
    configs.put(PactumSerializerConfig.DEPLOYMENT_HASH, "3f2a9c1");
    configs.putAll(pactum);
    if (!configs.containsKey(PactumSerializerConfig.REGISTRY_BEARER_TOKEN)) {
      configs.putIfAbsent(PactumSerializerConfig.REGISTRY_BASIC_AUTH_USER_INFO, readerUserInfo);
    }
    return new KafkaProducer<>(configs);
  }

  private static RegistryConnection connection(String bearer) {
    return new RegistryConnection(
        RegistryClientSettings.of(URI.create(url), new RegistryCredentials.Bearer(bearer)));
  }

  /** The stream validator's judgement of a record, schemas read from the server over HTTP. */
  private static RecordValidator remoteValidator() {
    RegistryConnection connection = connection(adminToken);
    PublishedContract contract = new ContractClient(connection).latest(CONTRACT);
    return new RecordValidator(
        contract.contract(), new RemoteSchemaSource(new RegistryClient(connection)));
  }

  @Test
  void validOrdersArriveInTheWireFormatAndTheValidatorAcceptsThem() throws Exception {
    List<String> ids =
        List.of(
            "6f1c1b9e-8d51-4a43-9a3c-0d4f6d7f0a11",
            "6f1c1b9e-8d51-4a43-9a3c-0d4f6d7f0a12",
            "6f1c1b9e-8d51-4a43-9a3c-0d4f6d7f0a13");
    try (KafkaProducer<String, Object> producer = producer(Map.of())) {
      for (String id : ids) {
        producer.send(new ProducerRecord<>(input, id, order(schema, id, "c-1001"))).get();
      }
    }

    List<ConsumerRecord<String, byte[]>> arrived = consume(input, ids.size());
    assertThat(arrived).extracting(ConsumerRecord::key).containsExactlyElementsOf(ids);
    RecordValidator validator = remoteValidator();
    // the id the contract's publication registered its schema with, under its subject
    int registered =
        new RegistryClient(connection(adminToken))
            .lookUp(CONTRACT, "AVRO", schema.toString())
            .value();
    for (ConsumerRecord<String, byte[]> r : arrived) {
      byte[] value = r.value();
      assertThat(value[0]).isZero();
      assertThat(
              ((value[1] & 0xff) << 24)
                  | ((value[2] & 0xff) << 16)
                  | ((value[3] & 0xff) << 8)
                  | (value[4] & 0xff))
          .isEqualTo(registered);
      assertThat(validator.validate(r.key().getBytes(StandardCharsets.UTF_8), value))
          .isInstanceOf(Verdict.Valid.class);
      assertThat(text(r, "service-id")).isEqualTo("checkout-api");
      assertThat(text(r, "deployment-hash")).isEqualTo("3f2a9c1");
    }
  }

  @Test
  void inFailModeAnOrderWithoutCustomerFailsTheSendAndIsNotWritten() {
    String topic = kafka.newTopic("orders-fail", 1);
    try (KafkaProducer<String, Object> producer = producer(Map.of())) {
      GenericRecord bad = order(nullableCustomer, "6f1c1b9e-8d51-4a43-9a3c-0d4f6d7f0a21", null);
      assertThatThrownBy(() -> producer.send(new ProducerRecord<>(topic, "k", bad)))
          .isInstanceOfSatisfying(
              ContractViolationException.class,
              e -> {
                assertThat(e.getMessage())
                    .isEqualTo(
                        "record for topic "
                            + topic
                            + " violates contract orders.order_placed 3.1.0: not_null(customer_id)"
                            + " on field customer_id: expected not null, actual null");
                assertThat(e.deadLetterTopic()).isEmpty();
              });
    }
    assertThat(consume(topic, 0)).isEmpty();
  }

  @Test
  void inDeadLetterModeTheOrderLandsOnTheDeadLetterTopicWithItsReasonsThenTheSendFails()
      throws Exception {
    String topic = kafka.newTopic("orders-dl", 1);
    GenericRecord bad = order(nullableCustomer, "6f1c1b9e-8d51-4a43-9a3c-0d4f6d7f0a31", null);
    GenericRecord good = order(nullableCustomer, "6f1c1b9e-8d51-4a43-9a3c-0d4f6d7f0a32", "c-7");
    try (KafkaProducer<String, Object> producer =
        producer(
            Map.of(
                PactumSerializerConfig.ON_VIOLATION, "dead-letter",
                // the nullable version is registered by the producer (an admin's token here)
                PactumSerializerConfig.AUTO_REGISTER_SCHEMAS, "true",
                PactumSerializerConfig.REGISTRY_BEARER_TOKEN, adminToken))) {
      assertThatThrownBy(() -> producer.send(new ProducerRecord<>(topic, "k1", bad)))
          .isInstanceOfSatisfying(
              ContractViolationException.class,
              e -> assertThat(e.deadLetterTopic()).contains(deadLetter));
      producer.send(new ProducerRecord<>(topic, "k2", good)).get();
    }

    List<ConsumerRecord<String, byte[]>> dead = consume(deadLetter, 1);
    assertThat(dead).hasSize(1);
    ConsumerRecord<String, byte[]> d = dead.get(0);
    assertThat(text(d, "__pactum.errors.contract.id")).isEqualTo(CONTRACT);
    assertThat(text(d, "__pactum.errors.contract.version")).isEqualTo("3.1.0");
    assertThat(text(d, "__pactum.errors.class")).isEqualTo("CHECK_FAILED");
    assertThat(text(d, "__pactum.errors.count")).isEqualTo("1");
    assertThat(text(d, "__pactum.errors.1.check")).isEqualTo("not_null(customer_id)");
    assertThat(text(d, "__pactum.errors.1.check.type")).isEqualTo("not_null");
    assertThat(text(d, "__pactum.errors.1.field")).isEqualTo("customer_id");
    assertThat(text(d, "__pactum.errors.1.expected")).isEqualTo("not null");
    assertThat(text(d, "__pactum.errors.1.actual")).isEqualTo("null");
    assertThat(text(d, "__pactum.errors.topic")).isEqualTo(topic);
    assertThat(text(d, "__pactum.errors.producer.service.id")).isEqualTo("checkout-api");
    assertThat(text(d, "__pactum.errors.producer.deployment.hash")).isEqualTo("3f2a9c1");
    assertThat(text(d, "service-id")).isEqualTo("checkout-api");
    int schemaId = Integer.parseInt(text(d, "__pactum.errors.schema.id"));
    // the dead letter's value is the record's wire bytes, which the validator rejects the same way
    assertThat(remoteValidator().validate(null, d.value()))
        .isInstanceOfSatisfying(
            Verdict.Rejected.class,
            v -> {
              assertThat(v.schemaId()).contains(new SchemaId(schemaId));
              assertThat(v.reasons().get(0).check()).isEqualTo("not_null(customer_id)");
            });
    // the valid record after it was sent
    assertThat(consume(topic, 1)).extracting(ConsumerRecord::key).containsExactly("k2");
  }

  @Test
  void aRegistryThatCannotBeReachedIsARegistryErrorNotAViolation() throws IOException {
    int closed;
    try (ServerSocket socket = new ServerSocket(0)) {
      closed = socket.getLocalPort();
    }
    String topic = kafka.newTopic("orders-down", 1);
    try (KafkaProducer<String, Object> producer =
        producer(Map.of(PactumSerializerConfig.REGISTRY_URL, "http://127.0.0.1:" + closed))) {
      GenericRecord bad = order(nullableCustomer, "6f1c1b9e-8d51-4a43-9a3c-0d4f6d7f0a41", null);
      assertThatThrownBy(() -> producer.send(new ProducerRecord<>(topic, "k", bad)))
          .isInstanceOfSatisfying(
              PactumRegistryException.class,
              e -> {
                assertThat(e.kind()).isEqualTo(RegistryClientException.Kind.UNAVAILABLE);
                assertThat(e.retriable()).isTrue();
              });
    }
    RemoteSchemaSource unreachable =
        new RemoteSchemaSource(
            new RegistryClient(
                new RegistryConnection(
                    RegistryClientSettings.of(
                        URI.create("http://127.0.0.1:" + closed),
                        new RegistryCredentials.None()))));
    assertThatThrownBy(() -> unreachable.lookup(new SchemaId(1)))
        .isInstanceOf(RegistryUnavailableException.class);
  }

  @Test
  void theRemoteSourceKnowsUnknownIdsAndRefusesWrongCredentials() {
    assertThat(
            new RemoteSchemaSource(new RegistryClient(connection(adminToken)))
                .lookup(new SchemaId(987_654)))
        .isEqualTo(new SchemaLookup.Unknown(new SchemaId(987_654)));
    RemoteSchemaSource wrong =
        new RemoteSchemaSource(new RegistryClient(connection("pct_not_a_real_token")));
    assertThatThrownBy(() -> wrong.lookup(new SchemaId(1)))
        .isInstanceOfSatisfying(
            RegistryClientException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(RegistryClientException.Kind.REFUSED);
              assertThat(e.httpStatus()).isEqualTo(401);
            });
  }

  @Test
  void anUnknownContractIsNotFound() {
    try (KafkaProducer<String, Object> producer =
        producer(Map.of(PactumSerializerConfig.CONTRACT_ID, "orders.no_such_contract"))) {
      GenericRecord ok = order(schema, "6f1c1b9e-8d51-4a43-9a3c-0d4f6d7f0a51", "c-1");
      assertThatThrownBy(() -> producer.send(new ProducerRecord<>(input, "k", ok)))
          .isInstanceOfSatisfying(
              PactumRegistryException.class,
              e -> {
                assertThat(e.kind()).isEqualTo(RegistryClientException.Kind.NOT_FOUND);
                assertThat(e.getMessage())
                    .startsWith("could not read contract orders.no_such_contract");
              });
    }
  }

  private static String text(ConsumerRecord<?, ?> r, String key) {
    Header h = r.headers().lastHeader(key);
    return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
  }

  /** Reads the topic from the start until {@code expected} records arrived, then once more. */
  private static List<ConsumerRecord<String, byte[]>> consume(String topic, int expected) {
    List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();
    try (KafkaConsumer<String, byte[]> consumer =
        new KafkaConsumer<>(
            Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG,
                "reader-" + topic + "-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest"),
            new StringDeserializer(),
            new ByteArrayDeserializer())) {
      consumer.subscribe(List.of(topic));
      long deadline = System.nanoTime() + WAIT.toNanos();
      while (seen.size() < expected && System.nanoTime() < deadline) {
        consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
      }
      consumer.poll(Duration.ofMillis(expected == 0 ? 3_000 : 500)).forEach(seen::add);
    }
    return seen;
  }
}
