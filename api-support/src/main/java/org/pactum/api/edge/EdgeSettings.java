package org.pactum.api.edge;

import org.pactum.api.browser.BrowserSettings;

/**
 * The edge's limits, checked.
 *
 * @param maxBodyBytes the largest request body on most APIs, after decompression
 * @param maxSchemaBodyBytes the largest request body carrying schemas or contracts
 * @param browser allowed hosts and origins, admin tasks
 */
public record EdgeSettings(long maxBodyBytes, long maxSchemaBodyBytes, BrowserSettings browser) {
  /** The defaults of {@link EdgeConfig}. */
  public static EdgeSettings defaults() {
    return new EdgeConfig().toSettings();
  }
}
