package org.pactum.server.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.core.Configuration;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.LinkedHashMap;
import java.util.Map;
import org.pactum.alerts.AlertsConfig;
import org.pactum.api.auth.filter.AuthConfig;
import org.pactum.api.edge.EdgeConfig;
import org.pactum.checks.ChecksConfig;
import org.pactum.lineage.LineageConfig;
import org.pactum.lineage.erasure.ErasureConfig;
import org.pactum.registry.RegistryConfig;
import org.pactum.streams.StreamsConfig;

/** The server's configuration: {@code server/config/pactum.yml} documents every option. */
public class PactumConfiguration extends Configuration {

  @Valid @NotNull private DatabaseConfig database = new DatabaseConfig();

  @Valid @NotNull private EdgeConfig edge = new EdgeConfig();

  /** The HTTP edge: body limits, allowed hosts, browser safety. */
  @JsonProperty
  public EdgeConfig getEdge() {
    return edge;
  }

  @JsonProperty
  public void setEdge(EdgeConfig edge) {
    this.edge = edge;
  }

  @Valid @NotNull private AuthConfig auth = new AuthConfig();

  /**
   * Sign-in: whether callers must authenticate ({@code mode}), the OpenID issuer, failure limits.
   */
  @JsonProperty
  public AuthConfig getAuth() {
    return auth;
  }

  @JsonProperty
  public void setAuth(AuthConfig auth) {
    this.auth = auth;
  }

  @Valid @NotNull private ContractsConfig contracts = new ContractsConfig();

  @Valid @NotNull private RegistryConfig registry = new RegistryConfig();

  @Valid @NotNull private ChecksConfig checks = new ChecksConfig();

  @Valid @NotNull private ErasureConfig erasure = new ErasureConfig();

  @JsonProperty
  public ErasureConfig getErasure() {
    return erasure;
  }

  @JsonProperty
  public void setErasure(ErasureConfig erasure) {
    this.erasure = erasure;
  }

  @JsonProperty
  public ChecksConfig getChecks() {
    return checks;
  }

  @JsonProperty
  public void setChecks(ChecksConfig checks) {
    this.checks = checks;
  }

  @Valid @NotNull private AlertsConfig alerts = new AlertsConfig();

  /** The alert router: routes, receivers (secrets from the environment), escalation, delivery. */
  @JsonProperty
  public AlertsConfig getAlerts() {
    return alerts;
  }

  @JsonProperty
  public void setAlerts(AlertsConfig alerts) {
    this.alerts = alerts;
  }

  @Valid @NotNull private StreamsConfig streams = new StreamsConfig();

  /** The stream validators: the Kafka cluster, windows, extra bindings. Off without a cluster. */
  @JsonProperty
  public StreamsConfig getStreams() {
    return streams;
  }

  @JsonProperty
  public void setStreams(StreamsConfig streams) {
    this.streams = streams;
  }

  @Valid @NotNull private LineageConfig lineage = new LineageConfig();

  @JsonProperty
  public LineageConfig getLineage() {
    return lineage;
  }

  @JsonProperty
  public void setLineage(LineageConfig lineage) {
    this.lineage = lineage;
  }

  @Valid @NotNull
  private Map<String, @Valid DatasourceConfig> datasources =
      new LinkedHashMap<>(Map.of("warehouse", new DatasourceConfig()));

  private boolean migrateOnStartup = true;

  private boolean demo = false;

  /** Seed the demo warehouse and replay its history of loads and checks at start-up. */
  @JsonProperty
  public boolean isDemo() {
    return demo;
  }

  @JsonProperty
  public void setDemo(boolean demo) {
    this.demo = demo;
  }

  @JsonProperty
  public Map<String, DatasourceConfig> getDatasources() {
    return datasources;
  }

  @JsonProperty
  public void setDatasources(Map<String, DatasourceConfig> datasources) {
    this.datasources = datasources;
  }

  @JsonProperty
  public RegistryConfig getRegistry() {
    return registry;
  }

  @JsonProperty
  public void setRegistry(RegistryConfig registry) {
    this.registry = registry;
  }

  @JsonProperty
  public DatabaseConfig getDatabase() {
    return database;
  }

  @JsonProperty
  public void setDatabase(DatabaseConfig database) {
    this.database = database;
  }

  @JsonProperty
  public ContractsConfig getContracts() {
    return contracts;
  }

  @JsonProperty
  public void setContracts(ContractsConfig contracts) {
    this.contracts = contracts;
  }

  @JsonProperty
  public boolean isMigrateOnStartup() {
    return migrateOnStartup;
  }

  @JsonProperty
  public void setMigrateOnStartup(boolean migrateOnStartup) {
    this.migrateOnStartup = migrateOnStartup;
  }
}
