package org.pactum.server.streams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.testing.DropwizardTestSupport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.kafka.streams.KafkaStreams;
import org.pactum.api.auth.Role;
import org.pactum.api.auth.TeamName;
import org.pactum.contracts.ContractLoader;
import org.pactum.contracts.model.DataContract;
import org.pactum.registry.core.CompatibilityChecker;
import org.pactum.registry.core.SchemaRegistry;
import org.pactum.registry.store.JdbiRegistryStore;
import org.pactum.server.ConfluentNodeClient;
import org.pactum.server.PactumApplication;
import org.pactum.server.PactumTestServer;
import org.pactum.server.config.PactumConfiguration;
import org.pactum.streams.core.Binding;
import org.pactum.streams.core.validate.RecordValidator;
import org.pactum.streams.core.window.WindowPlan;
import org.pactum.streams.core.window.WindowSize;
import org.pactum.streams.registry.RegistrySchemaSource;
import org.pactum.streams.topology.StreamsSettings;
import org.pactum.streams.topology.ValidationTopology;
import org.pactum.testsupport.TestKafka;

/**
 * Orders written by clients Pactum did not write, through the orders contract's validator: a server
 * requiring authentication with the example orders contract ({@code contracts/examples/orders}),
 * the contract's validator topology on the test JVM's Kafka node with its writer schemas from that
 * server's registry store, and {@code produce-orders.mjs} (KafkaJS, values in Confluent's wire
 * format by {@code @confluentinc/schemaregistry}'s Avro serializer, the schemas looked up and one
 * registered in Pactum's registry over HTTP Basic with a producer's token) writing valid and
 * violating orders to the input topic. Started once per test JVM by {@link NpmOrdersExtension};
 * tests read the valid and dead-letter topics, never write.
 */
public final class NpmOrders implements AutoCloseable {
  static final String CONTRACT = "orders.order_placed";
  private static final String TEAM = "checkout";
  private static final String PRODUCER = "checkout-orders-npm";
  private static final Path EXAMPLE = PactumTestServer.EXAMPLES.resolve("orders");
  private static final String CONTRACT_FILE = "order_placed.contract.yaml";
  private static final String SCHEMA_FILE = "order_placed.avsc";

  private final Path work;
  private final DropwizardTestSupport<PactumConfiguration> app;
  private final KafkaStreams streams;
  private final TestKafka kafka;
  private final Binding binding;
  private final JsonNode produced;

  private NpmOrders(
      Path work,
      DropwizardTestSupport<PactumConfiguration> app,
      KafkaStreams streams,
      TestKafka kafka,
      Binding binding,
      JsonNode produced) {
    this.work = work;
    this.app = app;
    this.streams = streams;
    this.kafka = kafka;
    this.binding = binding;
    this.produced = produced;
  }

  /** Starts the server and the validator, then runs the npm producer to its end. */
  static NpmOrders start(TestKafka kafka) throws Exception {
    Path work = Files.createTempDirectory("npm-orders");
    Path contracts = Files.createDirectories(work.resolve("contracts/orders"));
    for (String file : List.of(CONTRACT_FILE, SCHEMA_FILE)) {
      Files.copy(EXAMPLE.resolve(file), contracts.resolve(file));
    }
    DropwizardTestSupport<PactumConfiguration> app =
        PactumTestServer.create(
            work.resolve("pg"), work.resolve("contracts"), PactumTestServer.AUTH_REQUIRED);
    app.before();
    KafkaStreams streams = null;
    try {
      Binding binding =
          new Binding(
              CONTRACT,
              kafka.newTopic("orders-npm", 2),
              kafka.newTopic("orders-npm.valid", 2),
              kafka.newTopic("orders-npm.dlq", 1));
      DataContract contract =
          new ContractLoader()
              .load(contracts.resolve(CONTRACT_FILE))
              .contract()
              .orElseThrow()
              .contract();
      streams =
          new KafkaStreams(
              ValidationTopology.build(
                  binding,
                  validator(app, contract),
                  new WindowPlan(contract, WindowSize.DEFAULT),
                  window -> {}), // windows are StreamsIT's subject
              StreamsSettings.of(
                  "npm-interop-" + binding.inputTopic(),
                  kafka.bootstrapServers(),
                  work.resolve("streams")));
      streams.start();
      String secret =
          PactumTestServer.createToken(app, PRODUCER, Role.PRODUCER, Set.of(TeamName.of(TEAM)));
      String out =
          ConfluentNodeClient.install(work)
              .node(
                  "produce-orders.mjs",
                  List.of(
                      "http://localhost:" + app.getLocalPort(),
                      PRODUCER + ":" + secret,
                      kafka.bootstrapServers(),
                      binding.inputTopic(),
                      contracts.resolve(SCHEMA_FILE).toAbsolutePath().toString()),
                  120);
      return new NpmOrders(work, app, streams, kafka, binding, new ObjectMapper().readTree(out));
    } catch (Exception | Error e) {
      if (streams != null) {
        streams.close();
      }
      app.after();
      throw e;
    }
  }

  /**
   * The contract as the server loaded it, judged with writer schemas from the server's registry
   * store (a registry core of its own over the server's database, as a validator in another process
   * sharing the store would have).
   */
  private static RecordValidator validator(
      DropwizardTestSupport<PactumConfiguration> app, DataContract contract) {
    SchemaRegistry registry =
        new SchemaRegistry(
            new JdbiRegistryStore(((PactumApplication) app.getApplication()).jdbi()),
            CompatibilityChecker.standard(),
            app.getConfiguration().getRegistry().toSettings());
    return new RecordValidator(contract, new RegistrySchemaSource(registry));
  }

  public Binding binding() {
    return binding;
  }

  public String bootstrapServers() {
    return kafka.bootstrapServers();
  }

  /** The id the registry gave the contract's schema, as the npm client looked it up. */
  public int schemaId() {
    return produced.get("schemaId").asInt();
  }

  /** The id of the version with a nullable customer_id the npm client registered. */
  public int nullableSchemaId() {
    return produced.get("nullableSchemaId").asInt();
  }

  /** Every record the npm producer sent, in the order sent. */
  public List<SentOrder> sent() {
    List<SentOrder> sent = new ArrayList<>();
    for (JsonNode r : produced.get("sent")) {
      Map<String, String> headers = new LinkedHashMap<>();
      r.get("headers")
          .fields()
          .forEachRemaining(h -> headers.put(h.getKey(), h.getValue().asText()));
      sent.add(
          new SentOrder(
              r.get("label").asText(),
              r.get("key").asText(),
              Base64.getDecoder().decode(r.get("value").asText()),
              r.get("partition").asInt(),
              r.get("offset").asLong(),
              headers));
    }
    return sent;
  }

  /** The record sent with this label. */
  public SentOrder sent(String label) {
    return sent().stream()
        .filter(s -> s.label().equals(label))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("nothing sent as " + label));
  }

  @Override
  public void close() throws IOException {
    try {
      streams.close();
    } finally {
      app.after();
      try (Stream<Path> files = Files.walk(work)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  /**
   * One record as the npm producer sent it.
   *
   * @param label what the test made of it (valid, null-customer, …)
   * @param key the record's key (the order id), UTF-8
   * @param value the value's bytes in Confluent's wire format
   * @param partition where the broker put it
   * @param offset where the broker put it
   * @param headers the producer's own headers
   */
  public record SentOrder(
      String label,
      String key,
      byte[] value,
      int partition,
      long offset,
      Map<String, String> headers) {

    /** The record with this one's key among those a consumer read. */
    public ReadRecord in(List<ReadRecord> read) {
      return read.stream()
          .filter(r -> key.equals(r.key()))
          .findFirst()
          .orElseThrow(() -> new AssertionError("nothing read of " + label + " (key " + key + ")"));
    }
  }
}
