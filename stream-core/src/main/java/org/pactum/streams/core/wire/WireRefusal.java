package org.pactum.streams.core.wire;

/** Why bytes are not a record in Confluent's wire format. */
public enum WireRefusal {
  /** No bytes at all: an empty value has no header. */
  NO_HEADER,
  /** The first byte is not the wire format's magic byte 0. */
  UNKNOWN_MAGIC,
  /** The bytes end inside the header (schema id or Protobuf message indexes). */
  TRUNCATED,
  /** The Protobuf message-index list is malformed: a negative count or index, or too many. */
  BAD_MESSAGE_INDEXES
}
