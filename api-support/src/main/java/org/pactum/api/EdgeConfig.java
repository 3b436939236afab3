package org.pactum.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.DataSize;

/**
 * The {@code edge:} section of the server's configuration: limits every request is held to. Every
 * option has a default that works; {@link #toSettings} fails at start-up when a value is wrong.
 */
public class EdgeConfig {
  /** The largest request body (after decompression) on every API but the ones below. */
  @JsonProperty public DataSize maxBody = DataSize.mebibytes(1);

  /**
   * The largest request body (after decompression) carrying schemas or contracts: the registry's
   * root paths and {@code /api/v1/contracts}.
   */
  @JsonProperty public DataSize maxSchemaBody = DataSize.mebibytes(8);

  /** The settings, checked. */
  public EdgeSettings toSettings() {
    return new EdgeSettings(positive("maxBody", maxBody), positive("maxSchemaBody", maxSchemaBody));
  }

  private static long positive(String name, DataSize size) {
    if (size == null || size.toBytes() <= 0) {
      throw new IllegalArgumentException("edge." + name + " must be a positive size, e.g. 1MiB");
    }
    return size.toBytes();
  }
}
