package org.pactum.server.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * Pactum's own store. With no {@code url}, the server runs an embedded PostgreSQL (see {@link
 * EmbeddedPostgresConfig}); with a {@code jdbc:postgresql://…} url it uses that server.
 */
public class DatabaseConfig {
  private String url = "";
  private String user = "pactum";
  private String password = "";

  @Min(1)
  @Max(500)
  private int maxPoolSize = 16;

  @Valid @NotNull private EmbeddedPostgresConfig embedded = new EmbeddedPostgresConfig();

  /** True when no external database is configured. */
  public boolean isEmbedded() {
    return url == null || url.isBlank();
  }

  @JsonProperty
  public String getUrl() {
    return url;
  }

  @JsonProperty
  public void setUrl(String url) {
    this.url = url;
  }

  @JsonProperty
  public String getUser() {
    return user;
  }

  @JsonProperty
  public void setUser(String user) {
    this.user = user;
  }

  @JsonProperty
  public String getPassword() {
    return password;
  }

  @JsonProperty
  public void setPassword(String password) {
    this.password = password;
  }

  @JsonProperty
  public int getMaxPoolSize() {
    return maxPoolSize;
  }

  @JsonProperty
  public void setMaxPoolSize(int maxPoolSize) {
    this.maxPoolSize = maxPoolSize;
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
