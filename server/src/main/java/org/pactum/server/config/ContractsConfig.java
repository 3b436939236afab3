package org.pactum.server.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/** Where the server finds contracts as code at start-up. */
public class ContractsConfig {
  @NotNull private List<String> paths = List.of("contracts/examples");

  /**
   * Files or folders (searched recursively for {@code *.contract.yaml}). Relative paths are
   * resolved against Pactum's home (environment {@code PACTUM_HOME}, set by the {@code pactum}
   * launcher), else the working directory.
   */
  @JsonProperty
  public List<String> getPaths() {
    return paths;
  }

  @JsonProperty
  public void setPaths(List<String> paths) {
    this.paths = paths;
  }
}
