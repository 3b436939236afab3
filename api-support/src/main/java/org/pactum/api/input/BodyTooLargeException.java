package org.pactum.api.input;

import java.io.IOException;

/** Thrown while a body is read past its limit (counted after decompression): 413. */
public final class BodyTooLargeException extends IOException {
  private final long limit;

  BodyTooLargeException(long limit) {
    super("the request body is larger than " + limit + " bytes");
    this.limit = limit;
  }

  /** The limit, in bytes. */
  public long limit() {
    return limit;
  }
}
