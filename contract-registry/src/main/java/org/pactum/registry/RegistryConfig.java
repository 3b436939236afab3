package org.pactum.registry;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.DataSize;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.pactum.contracts.model.CompatibilityMode;
import org.pactum.registry.core.RegistrySettings;

/**
 * The schema registry's configuration section. Every option has a working default:
 *
 * <pre>{@code
 * registry:
 *   defaultCompatibility: BACKWARD   # the global level until PUT /config sets one
 *   maxSchemaSize: 1MiB              # schema + references, UTF-8; larger → 422 / 42209
 *   maxNestingDepth: 256             # deeper → 422 / 42201
 *   cacheSize: 10000                 # schemas by id held in memory
 * }</pre>
 */
public class RegistryConfig {

  @NotNull private CompatibilityMode defaultCompatibility = CompatibilityMode.BACKWARD;

  @NotNull private DataSize maxSchemaSize = DataSize.mebibytes(1);

  @Min(1)
  @Max(10_000)
  private int maxNestingDepth = 256;

  @Min(0)
  private long cacheSize = 10_000;

  @JsonProperty
  public CompatibilityMode getDefaultCompatibility() {
    return defaultCompatibility;
  }

  @JsonProperty
  public void setDefaultCompatibility(CompatibilityMode defaultCompatibility) {
    this.defaultCompatibility = defaultCompatibility;
  }

  @JsonProperty
  public DataSize getMaxSchemaSize() {
    return maxSchemaSize;
  }

  @JsonProperty
  public void setMaxSchemaSize(DataSize maxSchemaSize) {
    this.maxSchemaSize = maxSchemaSize;
  }

  @JsonProperty
  public int getMaxNestingDepth() {
    return maxNestingDepth;
  }

  @JsonProperty
  public void setMaxNestingDepth(int maxNestingDepth) {
    this.maxNestingDepth = maxNestingDepth;
  }

  @JsonProperty
  public long getCacheSize() {
    return cacheSize;
  }

  @JsonProperty
  public void setCacheSize(long cacheSize) {
    this.cacheSize = cacheSize;
  }

  /** The settings the registry runs with. */
  public RegistrySettings toSettings() {
    long bytes = maxSchemaSize.toBytes();
    if (bytes <= 0 || bytes > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(
          "registry.maxSchemaSize must be between 1 byte and 2 GiB, got " + maxSchemaSize);
    }
    return new RegistrySettings(defaultCompatibility, (int) bytes, maxNestingDepth, cacheSize);
  }
}
