package org.pactum.registry.core.contract;

import java.util.Objects;

/**
 * Who publishes a version, and what the version records as its source.
 *
 * @param kind the contract API or a contracts folder
 * @param source recorded with a new version: {@code api}, {@code api <path the client named>}, or
 *     the contract file's path
 */
public record Publisher(ManagedBy kind, String source) {
  public Publisher {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(source, "source");
  }

  /** The contract API; {@code source} is what the version records ({@code api …}). */
  public static Publisher api(String source) {
    return new Publisher(ManagedBy.API, source);
  }

  /** A server's contracts folder; {@code file} is the contract file that declares the id. */
  public static Publisher folder(String file) {
    return new Publisher(ManagedBy.FOLDER, file);
  }
}
