package org.pactum.registry.core;

/**
 * A write lost a race that retrying resolves: a schema or referenced version it relied on was
 * permanently deleted between reading and writing. {@link SchemaRegistry} retries; clients never
 * see it.
 */
public final class ConcurrentChangeException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ConcurrentChangeException(String message, Throwable cause) {
    super(message, cause);
  }
}
