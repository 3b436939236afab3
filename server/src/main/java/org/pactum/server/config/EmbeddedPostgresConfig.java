package org.pactum.server.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;

/** The embedded PostgreSQL used when {@code database.url} is empty. */
public class EmbeddedPostgresConfig {
  private String dataDirectory = "~/.pactum/pg";

  @Min(0)
  @Max(65535)
  private int port = 0;

  @NotEmpty private String database = "pactum";

  private List<String> extraDatabases = List.of("warehouse");

  /** Where the cluster lives; {@code ~} is the user's home. Kept across restarts. */
  @JsonProperty
  public String getDataDirectory() {
    return dataDirectory;
  }

  @JsonProperty
  public void setDataDirectory(String dataDirectory) {
    this.dataDirectory = dataDirectory;
  }

  /** The TCP port on localhost; 0 picks a free one at each start. */
  @JsonProperty
  public int getPort() {
    return port;
  }

  @JsonProperty
  public void setPort(int port) {
    this.port = port;
  }

  /** Pactum's own database on the embedded server. */
  @JsonProperty
  public String getDatabase() {
    return database;
  }

  @JsonProperty
  public void setDatabase(String database) {
    this.database = database;
  }

  /** Further databases to create if missing, such as the demo's {@code warehouse}. */
  @JsonProperty
  public List<String> getExtraDatabases() {
    return extraDatabases;
  }

  @JsonProperty
  public void setExtraDatabases(List<String> extraDatabases) {
    this.extraDatabases = extraDatabases;
  }
}
