package org.pactum.streams.serializer;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.types.Password;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.pactum.streams.client.RegistryClientSettings;
import org.pactum.streams.client.RegistryCredentials;

/**
 * The serializer's configuration: every key, its default and its meaning are in {@link #DEFINITION}
 * (and in the module README's table). Keys sit beside the producer's own in the map given to {@link
 * org.apache.kafka.clients.producer.KafkaProducer}; keys this class does not define are ignored.
 * Bad values fail {@code configure} with a {@link ConfigException} naming the key.
 */
public final class PactumSerializerConfig extends AbstractConfig {
  public static final String REGISTRY_URL = "pactum.registry.url";
  public static final String REGISTRY_BEARER_TOKEN = "pactum.registry.bearer.token";
  public static final String REGISTRY_BASIC_AUTH_USER_INFO = "pactum.registry.basic.auth.user.info";
  public static final String REGISTRY_CONNECT_TIMEOUT_MS = "pactum.registry.connect.timeout.ms";
  public static final String REGISTRY_REQUEST_TIMEOUT_MS = "pactum.registry.request.timeout.ms";
  public static final String CONTRACT_ID = "pactum.contract.id";
  public static final String AUTO_REGISTER_SCHEMAS = "pactum.auto.register.schemas";
  public static final String ON_VIOLATION = "pactum.on.violation";
  public static final String DEAD_LETTER_TOPIC = "pactum.dead.letter.topic";
  public static final String DEAD_LETTER_TIMEOUT_MS = "pactum.dead.letter.timeout.ms";
  public static final String SERVICE_ID = "pactum.producer.service.id";
  public static final String DEPLOYMENT_HASH = "pactum.producer.deployment.hash";

  /**
   * Prefix of the dead-letter producer's own settings: {@code pactum.dead.letter.producer.acks}
   * sets its {@code acks}. Without them it uses the producer settings it was configured with.
   */
  public static final String DEAD_LETTER_PRODUCER_PREFIX = "pactum.dead.letter.producer.";

  /** Producer settings never copied to the dead-letter producer (it is not transactional). */
  private static final Set<String> NOT_COPIED =
      Set.of(
          ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
          ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
          ProducerConfig.TRANSACTIONAL_ID_CONFIG,
          ProducerConfig.INTERCEPTOR_CLASSES_CONFIG,
          ProducerConfig.CLIENT_ID_CONFIG);

  public static final ConfigDef DEFINITION =
      new ConfigDef()
          .define(
              REGISTRY_URL,
              Type.STRING,
              ConfigDef.NO_DEFAULT_VALUE,
              new ConfigDef.NonEmptyString(),
              Importance.HIGH,
              "Pactum's server (http or https): its registry API and contract API.")
          .define(
              REGISTRY_BEARER_TOKEN,
              Type.PASSWORD,
              null,
              Importance.HIGH,
              "An API token (pct_…) sent as Authorization: Bearer. At most one of this and "
                  + REGISTRY_BASIC_AUTH_USER_INFO
                  + "; neither for a server without authentication.")
          .define(
              REGISTRY_BASIC_AUTH_USER_INFO,
              Type.PASSWORD,
              null,
              Importance.HIGH,
              "A token's name and secret, name:secret, sent as HTTP Basic (Confluent's"
                  + " basic.auth.user.info).")
          .define(
              REGISTRY_CONNECT_TIMEOUT_MS,
              Type.INT,
              5_000,
              ConfigDef.Range.atLeast(1),
              Importance.LOW,
              "How long to wait for a connection to the registry.")
          .define(
              REGISTRY_REQUEST_TIMEOUT_MS,
              Type.INT,
              10_000,
              ConfigDef.Range.atLeast(1),
              Importance.LOW,
              "How long to wait for one answer of the registry.")
          .define(
              CONTRACT_ID,
              Type.STRING,
              ConfigDef.NO_DEFAULT_VALUE,
              new ConfigDef.NonEmptyString(),
              Importance.HIGH,
              "The contract the records are checked against (orders.order_placed); its latest"
                  + " published version is read once, on the first record. Its schema subject is"
                  + " the one the contract was published under.")
          .define(
              AUTO_REGISTER_SCHEMAS,
              Type.BOOLEAN,
              false,
              Importance.MEDIUM,
              "true: register a record's schema under the contract's subject when the subject"
                  + " does not hold it yet (the subject's compatibility level decides; the token"
                  + " needs the producer role for the contract's team). false: only look it up;"
                  + " a schema the contract did not publish fails the send.")
          .define(
              ON_VIOLATION,
              Type.STRING,
              ViolationMode.FAIL.configName(),
              ConfigDef.ValidString.in(
                  ViolationMode.FAIL.configName(), ViolationMode.DEAD_LETTER.configName()),
              Importance.HIGH,
              "fail: a record failing an enforced check fails the send. dead-letter: it is"
                  + " written to the dead-letter topic with its reasons, then the send fails.")
          .define(
              DEAD_LETTER_TOPIC,
              Type.STRING,
              null,
              Importance.MEDIUM,
              "Where dead-letter mode writes; default: the contract's kafka.dead_letter.")
          .define(
              DEAD_LETTER_TIMEOUT_MS,
              Type.INT,
              30_000,
              ConfigDef.Range.atLeast(1),
              Importance.LOW,
              "How long a send waits for its dead letter to be acknowledged.")
          .define(
              SERVICE_ID,
              Type.STRING,
              null,
              Importance.MEDIUM,
              "Added as header service-id to every record that has none (the validator and"
                  + " the dead letters copy it).")
          .define(
              DEPLOYMENT_HASH,
              Type.STRING,
              null,
              Importance.MEDIUM,
              "Added as header deployment-hash to every record that has none (a git commit or an"
                  + " image digest).");

  public PactumSerializerConfig(Map<String, ?> configs) {
    super(DEFINITION, configs, false);
    registrySettings(); // fail now on a bad URL or two kinds of credentials
  }

  /** The registry's address, credentials and timeouts. */
  public RegistryClientSettings registrySettings() {
    URI url;
    String text = getString(REGISTRY_URL).trim();
    try {
      url = URI.create(text);
    } catch (IllegalArgumentException e) {
      throw new ConfigException(REGISTRY_URL, text, "not a URL");
    }
    try {
      return new RegistryClientSettings(
          url,
          credentials(),
          Duration.ofMillis(getInt(REGISTRY_CONNECT_TIMEOUT_MS)),
          Duration.ofMillis(getInt(REGISTRY_REQUEST_TIMEOUT_MS)));
    } catch (IllegalArgumentException e) {
      throw new ConfigException(REGISTRY_URL, text, e.getMessage());
    }
  }

  private RegistryCredentials credentials() {
    Password bearer = getPassword(REGISTRY_BEARER_TOKEN);
    Password basic = getPassword(REGISTRY_BASIC_AUTH_USER_INFO);
    if (bearer != null && basic != null) {
      throw new ConfigException(
          "set at most one of " + REGISTRY_BEARER_TOKEN + " and " + REGISTRY_BASIC_AUTH_USER_INFO);
    }
    if (bearer != null) {
      return new RegistryCredentials.Bearer(bearer.value());
    }
    if (basic != null) {
      try {
        return RegistryCredentials.Basic.parse(basic.value());
      } catch (IllegalArgumentException e) {
        // the value is a secret: never echo it
        throw new ConfigException(
            REGISTRY_BASIC_AUTH_USER_INFO + " must be name:secret (the value is not shown)");
      }
    }
    return new RegistryCredentials.None();
  }

  public String contractId() {
    return getString(CONTRACT_ID).trim();
  }

  public boolean autoRegisterSchemas() {
    return getBoolean(AUTO_REGISTER_SCHEMAS);
  }

  public ViolationMode onViolation() {
    return ViolationMode.parse(getString(ON_VIOLATION)).orElseThrow();
  }

  /** The configured dead-letter topic; empty means the contract's {@code kafka.dead_letter}. */
  public Optional<String> deadLetterTopic() {
    return nonBlank(getString(DEAD_LETTER_TOPIC));
  }

  public Duration deadLetterTimeout() {
    return Duration.ofMillis(getInt(DEAD_LETTER_TIMEOUT_MS));
  }

  ProducerIdentity identity() {
    return new ProducerIdentity(
        nonBlank(getString(SERVICE_ID)), nonBlank(getString(DEPLOYMENT_HASH)));
  }

  /**
   * The dead-letter producer's settings: the producer settings among {@code configs} (bootstrap
   * servers, security, …) except serializers, transactional id, interceptors and client id, then
   * every {@code pactum.dead.letter.producer.*} override; byte-array serializers.
   */
  public Map<String, Object> deadLetterProducerConfigs() {
    Map<String, Object> out = new HashMap<>();
    Map<String, Object> originals = originals();
    for (String name : ProducerConfig.configNames()) {
      if (!NOT_COPIED.contains(name) && originals.containsKey(name)) {
        out.put(name, originals.get(name));
      }
    }
    // security and SASL settings are not all in ProducerConfig.configNames(): copy their prefixes
    originals.forEach(
        (k, v) -> {
          if (k.startsWith("ssl.") || k.startsWith("sasl.") || k.startsWith("security.")) {
            out.put(k, v);
          }
        });
    out.putAll(originalsWithPrefix(DEAD_LETTER_PRODUCER_PREFIX));
    Object clientId = originals.get(ProducerConfig.CLIENT_ID_CONFIG);
    out.putIfAbsent(
        ProducerConfig.CLIENT_ID_CONFIG,
        (clientId == null ? "pactum-serializer" : clientId) + "-dead-letter");
    out.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    out.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    return out;
  }

  private static Optional<String> nonBlank(String s) {
    return s == null || s.isBlank() ? Optional.empty() : Optional.of(s.trim());
  }
}
