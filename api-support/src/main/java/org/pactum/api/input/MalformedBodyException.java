package org.pactum.api.input;

import java.io.IOException;

/** Thrown while a body is read when its bytes do not match its {@code Content-Encoding}: 400. */
public final class MalformedBodyException extends IOException {
  MalformedBodyException(String encoding) {
    super("the request body cannot be decoded as Content-Encoding '" + encoding + "'");
  }
}
