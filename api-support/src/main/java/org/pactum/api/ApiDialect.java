package org.pactum.api;

import jakarta.ws.rs.core.MediaType;
import java.util.Set;

/**
 * The two error dialects the edge speaks. Both send {@link ErrorMessage}; they differ in the codes
 * of generic failures and the media type. The Confluent Schema Registry API (its root paths) keeps
 * Confluent's: {@code error_code} is the HTTP status for framework errors and {@code 50001} for
 * internal ones, as Confluent's clients expect. Everything else is Pactum's own API: {@code
 * error_code} is a five-digit code from the table in {@code api-support/README.md}.
 */
public enum ApiDialect {
  PACTUM(MediaType.APPLICATION_JSON_TYPE),
  CONFLUENT(MediaType.valueOf("application/vnd.schemaregistry.v1+json"));

  /** The first path segments the Confluent API owns. */
  public static final Set<String> CONFLUENT_ROOTS =
      Set.of("subjects", "schemas", "config", "mode", "compatibility");

  private final MediaType errorType;

  ApiDialect(MediaType errorType) {
    this.errorType = errorType;
  }

  /** The dialect of a request path (with or without its leading {@code /}). */
  public static ApiDialect of(String path) {
    String p = path == null ? "" : path.startsWith("/") ? path.substring(1) : path;
    int slash = p.indexOf('/');
    return CONFLUENT_ROOTS.contains(slash < 0 ? p : p.substring(0, slash)) ? CONFLUENT : PACTUM;
  }

  public MediaType errorType() {
    return errorType;
  }

  /**
   * The {@code error_code} of a generic failure: Pactum's code, or under Confluent's paths the
   * status (internal errors keep {@code 50001}, which both dialects use).
   */
  public int code(int status, int pactumCode) {
    if (this == CONFLUENT && pactumCode != EdgeCodes.INTERNAL) {
      return status;
    }
    return pactumCode;
  }
}
