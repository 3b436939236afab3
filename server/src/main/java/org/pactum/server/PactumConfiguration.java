package org.pactum.server;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.core.Configuration;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.pactum.registry.RegistryConfig;
import org.pactum.server.config.ContractsConfig;
import org.pactum.server.config.DatabaseConfig;

/** The server's configuration: {@code server/config/pactum.yml} documents every option. */
public class PactumConfiguration extends Configuration {

  @Valid @NotNull private DatabaseConfig database = new DatabaseConfig();

  @Valid @NotNull private ContractsConfig contracts = new ContractsConfig();

  @Valid @NotNull private RegistryConfig registry = new RegistryConfig();

  private boolean migrateOnStartup = true;

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
