package org.pactum.streams.client;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Where Pactum's server is and how to reach it.
 *
 * @param baseUrl the server's root ({@code https://pactum.example.com}); the registry's paths
 *     ({@code /subjects}, {@code /schemas}) and the contract API ({@code /api/v1/contracts}) hang
 *     off it
 * @param credentials how to authenticate
 * @param connectTimeout how long to wait for a connection
 * @param requestTimeout how long to wait for one answer
 */
public record RegistryClientSettings(
    URI baseUrl,
    RegistryCredentials credentials,
    Duration connectTimeout,
    Duration requestTimeout) {
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
  public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(10);

  public RegistryClientSettings {
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(credentials, "credentials");
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(requestTimeout, "requestTimeout");
    String scheme = baseUrl.getScheme();
    if (!"http".equals(scheme) && !"https".equals(scheme)) {
      throw new IllegalArgumentException("the registry URL must be http or https: " + baseUrl);
    }
    if (connectTimeout.isNegative()
        || connectTimeout.isZero()
        || requestTimeout.isNegative()
        || requestTimeout.isZero()) {
      throw new IllegalArgumentException("timeouts must be positive");
    }
    String text = baseUrl.toString();
    if (text.endsWith("/")) {
      baseUrl = URI.create(text.substring(0, text.length() - 1));
    }
  }

  /** The default timeouts. */
  public static RegistryClientSettings of(URI baseUrl, RegistryCredentials credentials) {
    return new RegistryClientSettings(
        baseUrl, credentials, DEFAULT_CONNECT_TIMEOUT, DEFAULT_REQUEST_TIMEOUT);
  }
}
