package org.pactum.streams.client;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;

/**
 * How the client proves who it is to Pactum's server: an API token as a bearer token, the token's
 * name and secret as HTTP Basic (as Confluent clients send {@code basic.auth.user.info}), or
 * nothing (a server with {@code auth.mode: none}). {@code toString} never shows a secret.
 */
public sealed interface RegistryCredentials {

  /** The {@code Authorization} header's value, if any. */
  Optional<String> authorization();

  /** No credentials. */
  record None() implements RegistryCredentials {
    @Override
    public Optional<String> authorization() {
      return Optional.empty();
    }
  }

  /** An API token ({@code pct_…}) sent as {@code Authorization: Bearer}. */
  record Bearer(String token) implements RegistryCredentials {
    public Bearer {
      if (token == null || token.isBlank()) {
        throw new IllegalArgumentException("a bearer token must not be empty");
      }
    }

    @Override
    public Optional<String> authorization() {
      return Optional.of("Bearer " + token);
    }

    @Override
    public String toString() {
      return "Bearer[token=<hidden>]";
    }
  }

  /** A token's name and secret sent as HTTP Basic, {@code name:secret}. */
  record Basic(String name, String secret) implements RegistryCredentials {
    public Basic {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(secret, "secret");
      if (name.isEmpty() || name.contains(":")) {
        throw new IllegalArgumentException("a basic-auth name must be non-empty, without ':'");
      }
    }

    /** Parses Confluent's {@code basic.auth.user.info} form, {@code name:secret}. */
    public static Basic parse(String userInfo) {
      int colon = userInfo == null ? -1 : userInfo.indexOf(':');
      if (colon <= 0) {
        throw new IllegalArgumentException("basic-auth user info must be name:secret");
      }
      return new Basic(userInfo.substring(0, colon), userInfo.substring(colon + 1));
    }

    @Override
    public Optional<String> authorization() {
      String pair = name + ":" + secret;
      return Optional.of(
          "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public String toString() {
      return "Basic[name=" + name + ", secret=<hidden>]";
    }
  }
}
