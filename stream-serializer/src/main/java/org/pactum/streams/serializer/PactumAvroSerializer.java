package org.pactum.streams.serializer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.generic.IndexedRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Serializer;
import org.pactum.contracts.model.SchemaFormat;
import org.pactum.streams.client.ContractClient;
import org.pactum.streams.client.PublishedContract;
import org.pactum.streams.client.RegisteredSchema;
import org.pactum.streams.client.RegistryClient;
import org.pactum.streams.client.RegistryClientException;
import org.pactum.streams.client.RegistryConnection;
import org.pactum.streams.core.Reason;
import org.pactum.streams.core.Verdict;
import org.pactum.streams.core.validate.RecordChecks;
import org.pactum.streams.core.wire.SchemaId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Kafka value serializer for Avro records ({@link org.apache.avro.generic.GenericRecord}) that
 * enforces a Pactum contract before a record is sent, in the order data flows:
 *
 * <ol>
 *   <li><b>contract</b>: its latest published version, read from the server on the first record and
 *       kept (restart the producer to pick up a new version);
 *   <li><b>producer identity</b>: the configured {@code service-id} and {@code deployment-hash}
 *       headers added when the record has none;
 *   <li><b>row checks</b>: the contract's per-record checks ({@code not_null}, {@code range},
 *       {@code accepted_values}, {@code regex}) with the stream validator's semantics;
 *   <li><b>schema id</b>: the record's schema looked up (or registered) under the contract's
 *       subject, once per schema;
 *   <li><b>wire format</b>: magic byte 0, schema id, Avro binary.
 * </ol>
 *
 * A record failing an enforced check is not sent: the send fails with a {@link
 * ContractViolationException}; in dead-letter mode the record is first written to the dead-letter
 * topic with the validator's {@code __pactum.errors.*} headers. A server that cannot answer fails
 * the send with a {@link PactumRegistryException}, never a violation. A null value (a tombstone) is
 * passed as null, unchecked. Thread-safe, as a serializer shared by a producer's threads must be.
 */
public final class PactumAvroSerializer implements Serializer<Object> {
  private static final Logger LOG = LoggerFactory.getLogger(PactumAvroSerializer.class);

  private final AvroWireWriter wire = new AvroWireWriter();
  private final Map<Schema, SchemaId> ids = new ConcurrentHashMap<>();
  private final Object binding = new Object();

  private PactumSerializerConfig config;
  private RegistryClient registry;
  private ContractClient contracts;
  private ProducerIdentity identity = ProducerIdentity.NONE;
  private DeadLetterWriter deadLetters;
  private volatile BoundContract contract;

  /** For Kafka: configured through {@link #configure}. */
  public PactumAvroSerializer() {}

  @Override
  public void configure(Map<String, ?> configs, boolean isKey) {
    if (isKey) {
      throw new ConfigException(
          "PactumAvroSerializer checks record values against a contract: use it as the"
              + " value.serializer, not the key.serializer");
    }
    PactumSerializerConfig parsed = new PactumSerializerConfig(configs);
    RegistryConnection connection = new RegistryConnection(parsed.registrySettings());
    Producer<byte[], byte[]> deadLetterProducer =
        parsed.onViolation() == ViolationMode.DEAD_LETTER
            ? new KafkaProducer<>(parsed.deadLetterProducerConfigs())
            : null;
    configure(
        parsed, new RegistryClient(connection), new ContractClient(connection), deadLetterProducer);
  }

  /** Configures with the given clients and dead-letter producer (null in fail mode). */
  void configure(
      PactumSerializerConfig config,
      RegistryClient registry,
      ContractClient contracts,
      Producer<byte[], byte[]> deadLetterProducer) {
    this.config = config;
    this.registry = registry;
    this.contracts = contracts;
    this.identity = config.identity();
    this.deadLetters =
        deadLetterProducer == null
            ? null
            : new DeadLetterWriter(deadLetterProducer, config.deadLetterTimeout());
  }

  @Override
  public byte[] serialize(String topic, Object data) {
    return serialize(topic, null, data);
  }

  @Override
  public byte[] serialize(String topic, Headers headers, Object data) {
    if (data == null) {
      return null;
    }
    if (!(data instanceof IndexedRecord record)) {
      throw new SerializationException(
          "PactumAvroSerializer writes Avro records (GenericRecord), not "
              + data.getClass().getName());
    }
    BoundContract bound = contract();
    if (headers != null) {
      identity.addTo(headers);
    }
    // the enforced checks alone decide; the tolerated ones are read only to explain a rejection
    if (!bound.checks().passes(record)) {
      throw violation(topic, headers, record, bound, bound.checks().evaluate(record));
    }
    return wire.write(schemaId(bound, record.getSchema()), record);
  }

  private ContractViolationException violation(
      String topic,
      Headers headers,
      IndexedRecord record,
      BoundContract bound,
      RecordChecks.Failures failures) {
    if (deadLetters == null) {
      return new ContractViolationException(bound.ref(), topic, failures.enforced(), null);
    }
    String deadLetterTopic = bound.deadLetterTopic().orElseThrow();
    SchemaId id = schemaId(bound, record.getSchema());
    byte[] bytes;
    try {
      bytes = wire.write(id, record);
    } catch (SerializationException e) {
      // no bytes to dead-letter (a null in a non-null field): the send fails all the same
      ContractViolationException v =
          new ContractViolationException(bound.ref(), topic, failures.enforced(), null);
      v.addSuppressed(e);
      return v;
    }
    List<Reason> all = new ArrayList<>(failures.enforced());
    all.addAll(failures.tolerated());
    deadLetters.write(
        deadLetterTopic,
        topic,
        bytes,
        headers,
        bound.ref(),
        new Verdict.Rejected(Optional.of(id), all));
    LOG.atInfo()
        .addKeyValue("event", "serializer_dead_lettered")
        .addKeyValue("contract", bound.ref().id())
        .addKeyValue("topic", topic)
        .addKeyValue("dead_letter_topic", deadLetterTopic)
        .addKeyValue("check", failures.enforced().get(0).check())
        .log("record dead-lettered before it was sent");
    return new ContractViolationException(bound.ref(), topic, failures.enforced(), deadLetterTopic);
  }

  /** The record schema's id under the contract's subject: looked up or registered once. */
  private SchemaId schemaId(BoundContract bound, Schema schema) {
    SchemaId id = ids.get(schema);
    if (id != null) {
      return id;
    }
    String text = schema.toString();
    try {
      id =
          config.autoRegisterSchemas()
              ? registry.register(bound.subject(), RegisteredSchema.AVRO, text)
              : registry.lookUp(bound.subject(), RegisteredSchema.AVRO, text);
    } catch (RegistryClientException e) {
      String what =
          config.autoRegisterSchemas()
              ? "could not register schema "
                  + schema.getFullName()
                  + " under subject "
                  + bound.subject()
              : e.kind() == RegistryClientException.Kind.NOT_FOUND
                  ? "schema "
                      + schema.getFullName()
                      + " is not registered under subject "
                      + bound.subject()
                      + " of contract "
                      + bound.ref().id()
                      + " (publish it with the contract, or set "
                      + PactumSerializerConfig.AUTO_REGISTER_SCHEMAS
                      + "=true)"
                  : "could not look up schema "
                      + schema.getFullName()
                      + " under subject "
                      + bound.subject();
      throw new PactumRegistryException(what, e);
    }
    ids.putIfAbsent(schema, id);
    return id;
  }

  /** The contract, read from the server on first use; a failed read is tried again next time. */
  private BoundContract contract() {
    BoundContract c = contract;
    if (c != null) {
      return c;
    }
    if (config == null) {
      throw new IllegalStateException("PactumAvroSerializer used before configure()");
    }
    synchronized (binding) {
      if (contract == null) {
        contract = read();
      }
      return contract;
    }
  }

  private BoundContract read() {
    String id = config.contractId();
    PublishedContract published;
    try {
      published = contracts.latest(id);
    } catch (RegistryClientException e) {
      throw new PactumRegistryException("could not read contract " + id, e);
    }
    if (published.contract().schema().format() != SchemaFormat.AVRO) {
      throw new ConfigException(
          PactumSerializerConfig.CONTRACT_ID,
          id,
          "the contract's schema is " + published.contract().schema().format() + ", not Avro");
    }
    BoundContract bound = BoundContract.of(published, config.deadLetterTopic());
    if (deadLetters != null && bound.deadLetterTopic().isEmpty()) {
      throw new ConfigException(
          PactumSerializerConfig.ON_VIOLATION
              + "=dead-letter needs a topic: set "
              + PactumSerializerConfig.DEAD_LETTER_TOPIC
              + " or the contract's kafka.dead_letter ("
              + id
              + " has none)");
    }
    LOG.atInfo()
        .addKeyValue("event", "serializer_contract_read")
        .addKeyValue("contract", bound.ref().id())
        .addKeyValue("version", bound.ref().version())
        .addKeyValue("catalog_version", published.versionNo())
        .addKeyValue("subject", bound.subject())
        .addKeyValue("checks", bound.checks().perRecord().size())
        .log("contract read for the serializer");
    return bound;
  }

  @Override
  public void close() {
    if (deadLetters != null) {
      deadLetters.close();
    }
  }
}
