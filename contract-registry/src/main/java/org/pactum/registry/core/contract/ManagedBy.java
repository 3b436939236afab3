package org.pactum.registry.core.contract;

import java.util.Locale;

/**
 * Who publishes a contract's versions. One rule, so the catalog never holds two diverging truths:
 * while a server's contracts folder declares a contract's id, only the folder publishes it, and the
 * contract API refuses to publish, retire or delete it (409 40903, naming the file).
 */
public enum ManagedBy {
  /** The contract API ({@code POST /api/v1/contracts}, {@code pactum contract publish}). */
  API,
  /** A contracts folder the server loads at start-up. */
  FOLDER;

  /** As the store and the API write it: {@code api}, {@code folder}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static ManagedBy ofWireName(String text) {
    return valueOf(text.toUpperCase(Locale.ROOT));
  }
}
