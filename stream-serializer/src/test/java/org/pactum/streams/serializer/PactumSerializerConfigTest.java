package org.pactum.streams.serializer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.pactum.streams.client.RegistryClientSettings;
import org.pactum.streams.client.RegistryCredentials;

class PactumSerializerConfigTest {

  private static Map<String, Object> minimal() {
    Map<String, Object> m = new HashMap<>();
    m.put("pactum.registry.url", "http://pactum:8080/");
    m.put("pactum.contract.id", "orders.order_placed");
    return m;
  }

  private static PactumSerializerConfig config(Map<String, Object> m) {
    return new PactumSerializerConfig(m);
  }

  @Test
  void theDefaultsLookUpFailOnViolationAndSendNoCredentials() {
    PactumSerializerConfig c = config(minimal());

    RegistryClientSettings registry = c.registrySettings();
    assertThat(registry.baseUrl()).isEqualTo(URI.create("http://pactum:8080"));
    assertThat(registry.credentials()).isEqualTo(new RegistryCredentials.None());
    assertThat(registry.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
    assertThat(registry.requestTimeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(c.contractId()).isEqualTo("orders.order_placed");
    assertThat(c.autoRegisterSchemas()).isFalse();
    assertThat(c.onViolation()).isEqualTo(ViolationMode.FAIL);
    assertThat(c.deadLetterTopic()).isEmpty();
    assertThat(c.identity()).isEqualTo(ProducerIdentity.NONE);
  }

  @Test
  void everyKeyIsRead() {
    Map<String, Object> m = minimal();
    m.put("pactum.registry.bearer.token", "pct_abc");
    m.put("pactum.registry.connect.timeout.ms", "250");
    m.put("pactum.registry.request.timeout.ms", 750);
    m.put("pactum.auto.register.schemas", "true");
    m.put("pactum.on.violation", "dead-letter");
    m.put("pactum.dead.letter.topic", "orders.dlq");
    m.put("pactum.producer.service.id", "checkout-api");
    m.put("pactum.producer.deployment.hash", "3f2a9c1");

    PactumSerializerConfig c = config(m);

    assertThat(c.registrySettings().credentials())
        .isEqualTo(new RegistryCredentials.Bearer("pct_abc"));
    assertThat(c.registrySettings().connectTimeout()).isEqualTo(Duration.ofMillis(250));
    assertThat(c.registrySettings().requestTimeout()).isEqualTo(Duration.ofMillis(750));
    assertThat(c.autoRegisterSchemas()).isTrue();
    assertThat(c.onViolation()).isEqualTo(ViolationMode.DEAD_LETTER);
    assertThat(c.deadLetterTopic()).contains("orders.dlq");
    assertThat(c.identity())
        .isEqualTo(new ProducerIdentity(Optional.of("checkout-api"), Optional.of("3f2a9c1")));
  }

  @Test
  void basicAuthIsNameColonSecret() {
    Map<String, Object> m = minimal();
    m.put("pactum.registry.basic.auth.user.info", "kafka-checkout:pct_xyz");
    assertThat(config(m).registrySettings().credentials())
        .isEqualTo(new RegistryCredentials.Basic("kafka-checkout", "pct_xyz"));
  }

  @Test
  void missingRequiredKeysAreNamed() {
    Map<String, Object> noUrl = minimal();
    noUrl.remove("pactum.registry.url");
    assertThatThrownBy(() -> config(noUrl))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("pactum.registry.url");
    Map<String, Object> noContract = minimal();
    noContract.remove("pactum.contract.id");
    assertThatThrownBy(() -> config(noContract))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("pactum.contract.id");
  }

  @Test
  void badValuesAreRefusedNamingTheKey() {
    Map<String, Object> mode = minimal();
    mode.put("pactum.on.violation", "drop");
    assertThatThrownBy(() -> config(mode))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("pactum.on.violation")
        .hasMessageContaining("drop");
    Map<String, Object> scheme = minimal();
    scheme.put("pactum.registry.url", "ftp://pactum");
    assertThatThrownBy(() -> config(scheme))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("pactum.registry.url")
        .hasMessageContaining("http or https");
    Map<String, Object> timeout = minimal();
    timeout.put("pactum.registry.request.timeout.ms", 0);
    assertThatThrownBy(() -> config(timeout))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("pactum.registry.request.timeout.ms");
  }

  @Test
  void twoKindsOfCredentialsAreRefusedAndASecretIsNeverEchoed() {
    Map<String, Object> both = minimal();
    both.put("pactum.registry.bearer.token", "pct_one");
    both.put("pactum.registry.basic.auth.user.info", "n:pct_two");
    assertThatThrownBy(() -> config(both))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("at most one of")
        .hasMessageNotContaining("pct_");
    Map<String, Object> noColon = minimal();
    noColon.put("pactum.registry.basic.auth.user.info", "pct_secret_without_name");
    assertThatThrownBy(() -> config(noColon))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("name:secret")
        .hasMessageNotContaining("pct_secret");
  }

  @Test
  void theDeadLetterProducerCopiesConnectionSettingsNotTransactionsAndTakesOverrides() {
    Map<String, Object> m = minimal();
    m.put("bootstrap.servers", "broker:9092");
    m.put("security.protocol", "SASL_SSL");
    m.put("sasl.jaas.config", "x");
    m.put("acks", "1");
    m.put("transactional.id", "checkout-tx");
    m.put("client.id", "checkout");
    m.put("value.serializer", PactumAvroSerializer.class.getName());
    m.put("interceptor.classes", "com.example.Interceptor");
    m.put("pactum.dead.letter.producer.acks", "all");
    m.put("pactum.dead.letter.producer.linger.ms", "0");

    Map<String, Object> dlq = config(m).deadLetterProducerConfigs();

    assertThat(dlq)
        .containsEntry("bootstrap.servers", "broker:9092")
        .containsEntry("security.protocol", "SASL_SSL")
        .containsEntry("sasl.jaas.config", "x")
        .containsEntry("acks", "all")
        .containsEntry("linger.ms", "0")
        .containsEntry("client.id", "checkout-dead-letter")
        .containsEntry("key.serializer", ByteArraySerializer.class)
        .containsEntry("value.serializer", ByteArraySerializer.class)
        .doesNotContainKeys("transactional.id", "interceptor.classes", "pactum.contract.id");
  }

  @Test
  void everyKeyIsDocumentedInTheDefinition() {
    assertThat(PactumSerializerConfig.DEFINITION.names())
        .containsExactlyInAnyOrder(
            "pactum.registry.url",
            "pactum.registry.bearer.token",
            "pactum.registry.basic.auth.user.info",
            "pactum.registry.connect.timeout.ms",
            "pactum.registry.request.timeout.ms",
            "pactum.contract.id",
            "pactum.auto.register.schemas",
            "pactum.on.violation",
            "pactum.dead.letter.topic",
            "pactum.dead.letter.timeout.ms",
            "pactum.producer.service.id",
            "pactum.producer.deployment.hash");
    PactumSerializerConfig.DEFINITION
        .configKeys()
        .values()
        .forEach(k -> assertThat(k.documentation).as(k.name).isNotBlank());
  }
}
