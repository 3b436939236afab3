package org.pactum.api.edge;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.DataSize;
import java.util.List;
import org.pactum.api.browser.BrowserSettings;

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

  /**
   * Pactum's external address (the alert links' {@code PACTUM_PUBLIC_URL}): its host is always an
   * allowed {@code Host}, its origin always an allowed {@code Origin}.
   */
  @JsonProperty public String publicUrl = "http://localhost:8080";

  /**
   * The {@code Host} names served, any port (a list, or one comma-separated string); others get
   * 421. {@code *} turns the check off, for a proxy in front that rewrites {@code Host}.
   */
  @JsonProperty
  @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
  public List<String> allowedHosts = List.of("localhost", "127.0.0.1", "[::1]");

  /**
   * Origins ({@code https://host[:port]}) besides the server's own that may send state-changing
   * requests (a list, or one comma-separated string).
   */
  @JsonProperty
  @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
  public List<String> allowedOrigins = List.of();

  /** Whether the admin port serves its tasks ({@code /tasks/gc}, {@code /tasks/log-level}). */
  @JsonProperty public boolean adminTasks = false;

  /** The settings, checked. */
  public EdgeSettings toSettings() {
    return new EdgeSettings(
        positive("maxBody", maxBody),
        positive("maxSchemaBody", maxSchemaBody),
        BrowserSettings.of(publicUrl, allowedHosts, allowedOrigins, adminTasks));
  }

  private static long positive(String name, DataSize size) {
    if (size == null || size.toBytes() <= 0) {
      throw new IllegalArgumentException("edge." + name + " must be a positive size, e.g. 1MiB");
    }
    return size.toBytes();
  }
}
