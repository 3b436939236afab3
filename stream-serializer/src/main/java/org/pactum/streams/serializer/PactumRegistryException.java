package org.pactum.streams.serializer;

import org.apache.kafka.common.errors.SerializationException;
import org.pactum.streams.client.RegistryClientException;

/**
 * The record was not sent because Pactum's server could not give what the serializer needs (the
 * contract, the schema's id): not a contract violation. {@link #kind()} says why: {@code
 * UNAVAILABLE} (retry later), {@code NOT_FOUND} (the contract, or — with auto-registration off —
 * the record's schema under the contract's subject, does not exist), {@code REFUSED} (credentials,
 * role, an incompatible schema).
 */
public final class PactumRegistryException extends SerializationException {
  private static final long serialVersionUID = 1L;

  private final RegistryClientException.Kind kind;

  public PactumRegistryException(String message, RegistryClientException cause) {
    super(message + ": " + cause.getMessage(), cause);
    this.kind = cause.kind();
  }

  public RegistryClientException.Kind kind() {
    return kind;
  }

  /** Whether sending the record again later may succeed (the server was unavailable). */
  public boolean retriable() {
    return kind == RegistryClientException.Kind.UNAVAILABLE;
  }
}
