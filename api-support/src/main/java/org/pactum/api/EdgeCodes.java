package org.pactum.api;

/**
 * The {@code error_code}s the edge itself answers with, in Pactum's dialect (the table in {@code
 * api-support/README.md} lists them with every module's domain codes). Framework errors (unknown
 * path, wrong method, unsupported media type…) answer {@code status × 100}. Edge codes end in
 * {@code 90}–{@code 99}, so they never collide with a module's own ({@code 01}–{@code 89}).
 */
public final class EdgeCodes {
  /** The body is not JSON (or not the JSON shape the endpoint reads). */
  public static final int MALFORMED_JSON = 40001;

  /** The body cannot be decoded: a {@code Content-Encoding} that does not match the bytes. */
  public static final int MALFORMED_ENCODING = 40090;

  /** A path or query parameter or header holds a control character or a lone surrogate. */
  public static final int INVALID_PARAMETER = 40091;

  /**
   * No credentials, or credentials refused (which part was wrong is never said). The Confluent API
   * answers Confluent's {@link #CONFLUENT_UNAUTHENTICATED} instead.
   */
  public static final int UNAUTHENTICATED = 40190;

  /** Confluent's code for 401, which its clients expect under the registry's paths. */
  public static final int CONFLUENT_UNAUTHENTICATED = 40101;

  /**
   * Valid credentials that grant no role. The Confluent API answers Confluent's {@link
   * #CONFLUENT_FORBIDDEN} instead.
   */
  public static final int NO_ROLE = 40391;

  /**
   * The caller's role (or, for a producer, its teams) does not allow what the request does. The
   * Confluent API answers Confluent's {@link #CONFLUENT_FORBIDDEN} instead.
   */
  public static final int NOT_ALLOWED = 40392;

  /** Confluent's code for 403. */
  public static final int CONFLUENT_FORBIDDEN = 40301;

  /** Too many failed authentications from one source address: wait ({@code Retry-After}). */
  public static final int TOO_MANY_FAILURES = 42990;

  /** The identity provider cannot be asked whether a token is valid. */
  public static final int AUTH_UNAVAILABLE = 50390;

  /** The body is larger than the endpoint's limit, counted after decompression. */
  public static final int BODY_TOO_LARGE = 41390;

  /** A body field breaks an input rule: NUL, lone surrogate, unknown field, time out of range… */
  public static final int INVALID_INPUT = 42290;

  /** Anything unexpected; the message carries an id to find the logged cause by. */
  public static final int INTERNAL = 50001;

  private EdgeCodes() {}
}
