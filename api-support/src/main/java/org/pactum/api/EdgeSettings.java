package org.pactum.api;

/**
 * The edge's limits, checked.
 *
 * @param maxBodyBytes the largest request body on most APIs, after decompression
 * @param maxSchemaBodyBytes the largest request body carrying schemas or contracts
 */
public record EdgeSettings(long maxBodyBytes, long maxSchemaBodyBytes) {
  /** The defaults of {@link EdgeConfig}. */
  public static EdgeSettings defaults() {
    return new EdgeConfig().toSettings();
  }
}
