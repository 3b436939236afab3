package org.pactum.streams.serializer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pactum.contracts.parse.ContractParser;
import org.pactum.streams.client.ContractClient;
import org.pactum.streams.client.RegistryClient;
import org.pactum.streams.client.RegistryClientException;
import org.pactum.streams.client.RegistryConnection;
import org.pactum.streams.core.Verdict;
import org.pactum.streams.core.schema.SchemaLookup;
import org.pactum.streams.core.schema.SchemaSource;
import org.pactum.streams.core.validate.RecordValidator;
import org.pactum.streams.core.wire.SchemaId;

/**
 * The serializer's flow against a scripted Pactum server on loopback and a mock dead-letter
 * producer: valid records in the wire format (the validator's {@link RecordValidator} accepts
 * them), violations in both modes, registry failures typed, and many threads at once. Against a
 * real server and broker: {@code server/…/streams/PactumSerializerIT}.
 */
class PactumAvroSerializerTest {
  private static final int SCHEMA_ID = 11;
  private static final String CONTRACT_PATH =
      "/api/v1/contracts/orders.order_placed/versions/latest";
  private static final String LOOKUP_PATH = "/subjects/orders.order_placed";

  private final OrdersFixture orders = new OrdersFixture();
  private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
  private final Map<String, String[]> answers = new ConcurrentHashMap<>();
  private HttpServer server;
  private String url;
  private final MockProducer<byte[], byte[]> deadLetters =
      new MockProducer<>(true, null, new ByteArraySerializer(), new ByteArraySerializer());

  @BeforeEach
  void start() throws IOException {
    answers.put(CONTRACT_PATH, new String[] {"200", contractAnswer(orders.contractYaml)});
    answers.put(LOOKUP_PATH, new String[] {"200", "{\"id\":" + SCHEMA_ID + ",\"version\":2}"});
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/",
        exchange -> {
          String path = exchange.getRequestURI().getRawPath();
          calls.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
          exchange.getRequestBody().readAllBytes();
          String[] answer =
              answers.getOrDefault(
                  path, new String[] {"404", "{\"error_code\":40403,\"message\":\"not found\"}"});
          byte[] bytes = answer[1].getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(Integer.parseInt(answer[0]), bytes.length);
          exchange.getResponseBody().write(bytes);
          exchange.close();
        });
    server.setExecutor(Executors.newFixedThreadPool(4));
    server.start();
    url = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** What {@code GET /api/v1/contracts/{id}/versions/latest} answers (the fields read). */
  private static String contractAnswer(String yaml) {
    ObjectNode version = new ObjectMapper().createObjectNode();
    version.put("id", "orders.order_placed");
    version.put("version_no", 4);
    version.putObject("schema").put("subject", "orders.order_placed");
    version.put("contract", yaml);
    return version.toString();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private PactumAvroSerializer serializer(Map<String, Object> extra) {
    Map<String, Object> configs = new HashMap<>();
    configs.put(PactumSerializerConfig.REGISTRY_URL, url);
    configs.put(PactumSerializerConfig.CONTRACT_ID, "orders.order_placed");
    configs.put(PactumSerializerConfig.REGISTRY_REQUEST_TIMEOUT_MS, 2_000);
    configs.putAll(extra);
    PactumSerializerConfig config = new PactumSerializerConfig(configs);
    RegistryConnection connection = new RegistryConnection(config.registrySettings());
    PactumAvroSerializer s = new PactumAvroSerializer();
    s.configure(
        config,
        new RegistryClient(connection),
        new ContractClient(connection),
        config.onViolation() == ViolationMode.DEAD_LETTER ? deadLetters : null);
    return s;
  }

  private RecordValidator validator() {
    return new RecordValidator(
        new ContractParser()
            .parse(Path.of("c.contract.yaml"), orders.contractYaml)
            .contract()
            .orElseThrow(),
        new SchemaSource() {
          @Override
          public SchemaLookup lookup(SchemaId id) {
            return id.value() == SCHEMA_ID
                ? new SchemaLookup.AvroWriter(id, orders.schema)
                : new SchemaLookup.Unknown(id);
          }

          @Override
          public Set<String> subjectsOf(SchemaId id) {
            return id.value() == SCHEMA_ID ? Set.of("orders.order_placed") : Set.of();
          }
        });
  }

  private static String text(Headers headers, String key) {
    Header h = headers.lastHeader(key);
    return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
  }

  @Test
  void aValidRecordIsWrittenInTheWireFormatTheValidatorAccepts() {
    PactumAvroSerializer s = serializer(Map.of());

    byte[] bytes = s.serialize("orders", orders.valid());

    assertThat(bytes[0]).isZero();
    assertThat(new byte[] {bytes[1], bytes[2], bytes[3], bytes[4]})
        .containsExactly(0, 0, 0, SCHEMA_ID);
    assertThat(validator().validate(null, bytes)).isInstanceOf(Verdict.Valid.class);
  }

  @Test
  void theContractAndTheSchemaIdAreAskedOnceAcrossThreads() throws Exception {
    PactumAvroSerializer s = serializer(Map.of());
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<byte[]>>> results = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        results.add(
            pool.submit(
                () -> {
                  List<byte[]> out = new ArrayList<>();
                  for (int i = 0; i < 500; i++) {
                    out.add(s.serialize("orders", new RecordHeaders(), orders.valid()));
                  }
                  return out;
                }));
      }
      byte[] expected = s.serialize("orders", orders.valid());
      for (Future<List<byte[]>> f : results) {
        assertThat(f.get()).hasSize(500).allSatisfy(b -> assertThat(b).isEqualTo(expected));
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(calls.get(CONTRACT_PATH)).hasValue(1);
    assertThat(calls.get(LOOKUP_PATH)).hasValue(1);
  }

  @Test
  void theProducersIdentityHeadersAreAddedUnlessTheRecordHasItsOwn() {
    PactumAvroSerializer s =
        serializer(
            Map.of(
                PactumSerializerConfig.SERVICE_ID, "checkout-api",
                PactumSerializerConfig.DEPLOYMENT_HASH, "3f2a9c1"));
    RecordHeaders plain = new RecordHeaders();
    RecordHeaders own = new RecordHeaders();
    own.add("service-id", "checkout-batch".getBytes(StandardCharsets.UTF_8));

    s.serialize("orders", plain, orders.valid());
    s.serialize("orders", own, orders.valid());

    assertThat(text(plain, "service-id")).isEqualTo("checkout-api");
    assertThat(text(plain, "deployment-hash")).isEqualTo("3f2a9c1");
    assertThat(own.headers("service-id")).hasSize(1);
    assertThat(text(own, "service-id")).isEqualTo("checkout-batch");
  }

  @Test
  void inFailModeAViolationFailsTheSendNamingTheCheck() {
    PactumAvroSerializer s = serializer(Map.of());

    assertThatThrownBy(() -> s.serialize("orders", new RecordHeaders(), orders.withoutCustomer()))
        .isInstanceOfSatisfying(
            ContractViolationException.class,
            e -> {
              assertThat(e.getMessage())
                  .isEqualTo(
                      "record for topic orders violates contract orders.order_placed 3.1.0:"
                          + " not_null(customer_id) on field customer_id: expected not null,"
                          + " actual null");
              assertThat(e.deadLetterTopic()).isEmpty();
            });
    assertThat(deadLetters.history()).isEmpty();
  }

  @Test
  void theMessageListsEnforcedFailuresOnly() {
    PactumAvroSerializer s = serializer(Map.of());
    GenericRecord r = orders.valid();
    r.put("amount", new BigDecimal("-1.00"));
    r.put("email", "not-an-email");

    assertThatThrownBy(() -> s.serialize("orders", r))
        .isInstanceOf(ContractViolationException.class)
        .hasMessageContaining(
            "range(amount) on field amount: expected in [0, 100000], actual -1.00")
        // the e-mail check is tolerated (mostly: 0.99): not a reason to refuse, not in the message
        .hasMessageNotContaining("not-an-email");
  }

  @Test
  void inDeadLetterModeTheRecordIsWrittenWithTheValidatorsHeadersThenTheSendFails() {
    PactumAvroSerializer s =
        serializer(
            Map.of(
                PactumSerializerConfig.ON_VIOLATION, "dead-letter",
                PactumSerializerConfig.SERVICE_ID, "checkout-api"));
    RecordHeaders headers = new RecordHeaders();
    headers.add("trace", new byte[] {1, 2});
    GenericRecord bad = orders.withoutCustomer();
    bad.put("email", "no at sign");

    assertThatThrownBy(() -> s.serialize("orders", headers, bad))
        .isInstanceOfSatisfying(
            ContractViolationException.class,
            e -> {
              assertThat(e.deadLetterTopic()).contains(OrdersFixture.DEAD_LETTER);
              assertThat(e.getMessage())
                  .endsWith("(written to dead-letter topic " + OrdersFixture.DEAD_LETTER + ")");
            });

    assertThat(deadLetters.history()).hasSize(1);
    ProducerRecord<byte[], byte[]> dead = deadLetters.history().get(0);
    assertThat(dead.topic()).isEqualTo(OrdersFixture.DEAD_LETTER);
    assertThat(dead.key()).isNull();
    // the same bytes the validator would have read, and it rejects them for the same reason
    assertThat(validator().validate(null, dead.value()))
        .isInstanceOfSatisfying(
            Verdict.Rejected.class,
            v -> assertThat(v.reasons().get(0).check()).isEqualTo("not_null(customer_id)"));
    Headers h = dead.headers();
    assertThat(h.lastHeader("trace").value()).containsExactly(1, 2);
    assertThat(text(h, "__pactum.errors.contract.id")).isEqualTo("orders.order_placed");
    assertThat(text(h, "__pactum.errors.contract.version")).isEqualTo("3.1.0");
    assertThat(text(h, "__pactum.errors.schema.id")).isEqualTo(Integer.toString(SCHEMA_ID));
    assertThat(text(h, "__pactum.errors.class")).isEqualTo("CHECK_FAILED");
    // the enforced failure first, then the tolerated one
    assertThat(text(h, "__pactum.errors.count")).isEqualTo("2");
    assertThat(text(h, "__pactum.errors.1.check")).isEqualTo("not_null(customer_id)");
    assertThat(text(h, "__pactum.errors.1.field")).isEqualTo("customer_id");
    assertThat(text(h, "__pactum.errors.1.expected")).isEqualTo("not null");
    assertThat(text(h, "__pactum.errors.1.actual")).isEqualTo("null");
    assertThat(text(h, "__pactum.errors.2.check")).isEqualTo("regex(email)");
    assertThat(text(h, "__pactum.errors.2.actual")).isEqualTo("<masked email>");
    assertThat(text(h, "__pactum.errors.topic")).isEqualTo("orders");
    assertThat(text(h, "__pactum.errors.partition")).isEqualTo("-1");
    assertThat(text(h, "__pactum.errors.offset")).isEqualTo("-1");
    assertThat(text(h, "__pactum.errors.producer.service.id")).isEqualTo("checkout-api");

    s.close();
    assertThat(deadLetters.closed()).isTrue();
  }

  @Test
  void aDeadLetterTheBrokerRefusesFailsTheSendSayingSo() {
    MockProducer<byte[], byte[]> manual =
        new MockProducer<>(false, null, new ByteArraySerializer(), new ByteArraySerializer());
    Map<String, Object> configs = new HashMap<>();
    configs.put(PactumSerializerConfig.REGISTRY_URL, url);
    configs.put(PactumSerializerConfig.CONTRACT_ID, "orders.order_placed");
    configs.put(PactumSerializerConfig.ON_VIOLATION, "dead-letter");
    configs.put(PactumSerializerConfig.DEAD_LETTER_TIMEOUT_MS, 200);
    PactumSerializerConfig config = new PactumSerializerConfig(configs);
    RegistryConnection connection = new RegistryConnection(config.registrySettings());
    PactumAvroSerializer s = new PactumAvroSerializer();
    s.configure(config, new RegistryClient(connection), new ContractClient(connection), manual);

    assertThatThrownBy(() -> s.serialize("orders", orders.withoutCustomer()))
        .isInstanceOf(SerializationException.class)
        .isNotInstanceOf(ContractViolationException.class)
        .hasMessageContaining("could not be written to dead-letter topic orders.order_placed.dlq");
  }

  @Test
  void aRegistryThatIsDownIsARegistryErrorNotAViolation() {
    PactumAvroSerializer s = serializer(Map.of());
    server.stop(0);

    assertThatThrownBy(() -> s.serialize("orders", orders.withoutCustomer()))
        .isInstanceOfSatisfying(
            PactumRegistryException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(RegistryClientException.Kind.UNAVAILABLE);
              assertThat(e.retriable()).isTrue();
              assertThat(e.getMessage()).startsWith("could not read contract orders.order_placed");
            });
  }

  @Test
  void aSchemaTheSubjectDoesNotHoldFailsUnlessAutoRegistrationIsOn() {
    answers.remove(LOOKUP_PATH);
    assertThatThrownBy(() -> serializer(Map.of()).serialize("orders", orders.valid()))
        .isInstanceOfSatisfying(
            PactumRegistryException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(RegistryClientException.Kind.NOT_FOUND);
              assertThat(e.getMessage())
                  .startsWith(
                      "schema com.example.checkout.orders.OrderPlaced is not registered under"
                          + " subject orders.order_placed of contract orders.order_placed");
            });

    answers.put(LOOKUP_PATH + "/versions", new String[] {"200", "{\"id\":12}"});
    byte[] bytes =
        serializer(Map.of(PactumSerializerConfig.AUTO_REGISTER_SCHEMAS, "true"))
            .serialize("orders", orders.valid());
    assertThat(bytes[4]).isEqualTo((byte) 12);
  }

  @Test
  void nullIsATombstoneAndOnlyAvroRecordsAreWritten() {
    PactumAvroSerializer s = serializer(Map.of());
    assertThat(s.serialize("orders", null)).isNull();
    assertThatThrownBy(() -> s.serialize("orders", "text"))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("not java.lang.String");
    assertThat(calls).doesNotContainKey(CONTRACT_PATH); // nothing asked for neither
  }

  @Test
  void itIsAValueSerializerOnly() {
    assertThatThrownBy(
            () ->
                new PactumAvroSerializer()
                    .configure(
                        Map.of(
                            PactumSerializerConfig.REGISTRY_URL,
                            url,
                            PactumSerializerConfig.CONTRACT_ID,
                            "orders.order_placed"),
                        true))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("value.serializer");
  }

  @Test
  void deadLetterModeNeedsATopic() {
    String unbound = orders.contractYaml.substring(0, orders.contractYaml.indexOf("kafka:"));
    answers.put(CONTRACT_PATH, new String[] {"200", contractAnswer(unbound)});
    PactumAvroSerializer s = serializer(Map.of(PactumSerializerConfig.ON_VIOLATION, "dead-letter"));
    assertThatThrownBy(() -> s.serialize("orders", orders.valid()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("pactum.dead.letter.topic");
  }
}
