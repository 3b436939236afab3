package org.pactum.streams.core.wire;

import java.util.List;

/** The outcome of reading the wire-format header of one record's value. */
public sealed interface Framing {

  /**
   * A well-formed header.
   *
   * @param schemaId the writer schema's registry id
   * @param messageIndexes Protobuf only: the path of the message type in the schema file ({@code
   *     [0]}, the first message, when the writer wrote the short form); empty for Avro
   * @param payloadOffset where the encoded record starts in the value
   */
  record Framed(SchemaId schemaId, List<Integer> messageIndexes, int payloadOffset)
      implements Framing {
    public Framed {
      messageIndexes = List.copyOf(messageIndexes);
    }
  }

  /**
   * Bytes that are not in the wire format.
   *
   * @param reason the kind of refusal
   * @param detail what was found, for the dead-letter headers (no payload bytes)
   */
  record Refused(WireRefusal reason, String detail) implements Framing {}
}
