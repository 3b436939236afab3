package org.pactum.server.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * A warehouse or lake Pactum checks (and, later, erases from): a JDBC URL, PostgreSQL ({@code
 * jdbc:postgresql://…}) or DuckDB ({@code jdbc:duckdb:} for lake files read with {@code
 * read_parquet}, or {@code jdbc:duckdb:/path/db.duckdb}). An empty URL on the embedded database
 * means the embedded PostgreSQL's database of the same name (the demo's {@code warehouse}).
 */
public class DatasourceConfig {
  private String url = "";
  private String user = "";
  private String password = "";

  @Min(1)
  @Max(200)
  private int maxPoolSize = 8;

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
}
