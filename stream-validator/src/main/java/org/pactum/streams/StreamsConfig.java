package org.pactum.streams;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The stream validators' configuration section. Every option has a working default; with no {@code
 * bootstrapServers} no validator runs:
 *
 * <pre>{@code
 * streams:
 *   bootstrapServers: ""           # the Kafka cluster; empty: streams are not validated here
 *   applicationIdPrefix: pactum-streams  # + "-<contract id>": one Kafka Streams application per binding
 *   window: 1m                     # tumbling window (event time) of the counts judged as runs
 *   grace: 10s                     # how late a record may be and still count in its window
 *   stateDirectory: ""             # Kafka Streams state; empty: <Pactum home>/streams
 *   reconcileInterval: 30s         # how often the bindings are compared with the catalog
 *   deadLetterSamples: 20          # the most dead letters the API and the UI read back at once
 *   clientProperties: {}           # more Kafka client settings (security.protocol, sasl.*, …)
 *   bindings: []                   # bindings of contracts owned elsewhere: contract, input, valid, deadLetter, keyColumn
 *   erasureRequestsTopic: ""       # erasure requests arriving as JSON events; empty: none
 *   contracts: []                  # only these contracts' streams run here; empty: all bound
 * }</pre>
 */
public class StreamsConfig {
  @NotNull private String bootstrapServers = "";

  @NotNull private String applicationIdPrefix = "pactum-streams";

  @NotNull private Duration window = Duration.minutes(1);

  @NotNull private Duration grace = Duration.seconds(10);

  @NotNull private String stateDirectory = "";

  @NotNull private Duration reconcileInterval = Duration.seconds(30);

  @Min(1)
  @Max(500)
  private int deadLetterSamples = 20;

  @NotNull private Map<String, String> clientProperties = new LinkedHashMap<>();

  @Valid @NotNull private List<BindingConfig> bindings = new ArrayList<>();

  @NotNull private String erasureRequestsTopic = "";

  @NotNull private List<String> contracts = new ArrayList<>();

  /** Only these contracts' bindings run in this process; empty: every bound contract. */
  @JsonProperty
  public List<String> getContracts() {
    return contracts;
  }

  @JsonProperty
  public void setContracts(List<String> contracts) {
    this.contracts = contracts == null ? new ArrayList<>() : new ArrayList<>(contracts);
  }

  /** A topic erasure requests arrive on as events; empty: none. */
  @JsonProperty
  public String getErasureRequestsTopic() {
    return erasureRequestsTopic;
  }

  @JsonProperty
  public void setErasureRequestsTopic(String erasureRequestsTopic) {
    this.erasureRequestsTopic = erasureRequestsTopic == null ? "" : erasureRequestsTopic.strip();
  }

  /** Whether validators run in this process: a Kafka cluster is configured. */
  public boolean enabled() {
    return !bootstrapServers.isBlank();
  }

  @JsonProperty
  public String getBootstrapServers() {
    return bootstrapServers;
  }

  @JsonProperty
  public void setBootstrapServers(String bootstrapServers) {
    this.bootstrapServers = bootstrapServers == null ? "" : bootstrapServers.strip();
  }

  @JsonProperty
  public String getApplicationIdPrefix() {
    return applicationIdPrefix;
  }

  @JsonProperty
  public void setApplicationIdPrefix(String applicationIdPrefix) {
    this.applicationIdPrefix = applicationIdPrefix;
  }

  @JsonProperty
  public Duration getWindow() {
    return window;
  }

  @JsonProperty
  public void setWindow(Duration window) {
    this.window = window;
  }

  @JsonProperty
  public Duration getGrace() {
    return grace;
  }

  @JsonProperty
  public void setGrace(Duration grace) {
    this.grace = grace;
  }

  @JsonProperty
  public String getStateDirectory() {
    return stateDirectory;
  }

  @JsonProperty
  public void setStateDirectory(String stateDirectory) {
    this.stateDirectory = stateDirectory == null ? "" : stateDirectory;
  }

  @JsonProperty
  public Duration getReconcileInterval() {
    return reconcileInterval;
  }

  @JsonProperty
  public void setReconcileInterval(Duration reconcileInterval) {
    this.reconcileInterval = reconcileInterval;
  }

  @JsonProperty
  public int getDeadLetterSamples() {
    return deadLetterSamples;
  }

  @JsonProperty
  public void setDeadLetterSamples(int deadLetterSamples) {
    this.deadLetterSamples = deadLetterSamples;
  }

  @JsonProperty
  public Map<String, String> getClientProperties() {
    return clientProperties;
  }

  @JsonProperty
  public void setClientProperties(Map<String, String> clientProperties) {
    this.clientProperties = clientProperties;
  }

  @JsonProperty
  public List<BindingConfig> getBindings() {
    return bindings;
  }

  @JsonProperty
  public void setBindings(List<BindingConfig> bindings) {
    this.bindings = bindings;
  }

  /** A binding given in config, for a contract whose document does not declare one. */
  public static class BindingConfig {
    @NotNull private String contract;
    @NotNull private String input;
    @NotNull private String valid;
    @NotNull private String deadLetter;
    private String keyColumn;

    @JsonProperty
    public String getContract() {
      return contract;
    }

    @JsonProperty
    public void setContract(String contract) {
      this.contract = contract;
    }

    @JsonProperty
    public String getInput() {
      return input;
    }

    @JsonProperty
    public void setInput(String input) {
      this.input = input;
    }

    @JsonProperty
    public String getValid() {
      return valid;
    }

    @JsonProperty
    public void setValid(String valid) {
      this.valid = valid;
    }

    @JsonProperty
    public String getDeadLetter() {
      return deadLetter;
    }

    @JsonProperty
    public void setDeadLetter(String deadLetter) {
      this.deadLetter = deadLetter;
    }

    @JsonProperty
    public String getKeyColumn() {
      return keyColumn;
    }

    @JsonProperty
    public void setKeyColumn(String keyColumn) {
      this.keyColumn = keyColumn;
    }
  }
}
