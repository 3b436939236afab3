package org.pactum.server.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * Pactum's own store: a datasource whose URL, when empty, means the embedded PostgreSQL (see {@link
 * EmbeddedPostgresConfig}); with a {@code jdbc:postgresql://…} URL Pactum uses that server.
 */
public class DatabaseConfig extends DatasourceConfig {

  @Valid @NotNull private EmbeddedPostgresConfig embedded = new EmbeddedPostgresConfig();

  public DatabaseConfig() {
    setUser("pactum");
    setMaxPoolSize(16);
  }

  /** True when no external database is configured. */
  public boolean isEmbedded() {
    return getUrl() == null || getUrl().isBlank();
  }

  @JsonProperty
  public EmbeddedPostgresConfig getEmbedded() {
    return embedded;
  }

  @JsonProperty
  public void setEmbedded(EmbeddedPostgresConfig embedded) {
    this.embedded = embedded;
  }
}
