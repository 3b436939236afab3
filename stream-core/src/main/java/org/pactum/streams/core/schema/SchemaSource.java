package org.pactum.streams.core.schema;

import org.pactum.streams.core.wire.SchemaId;

/**
 * Where the validator finds writer schemas. Implementations must never answer from a stale cache
 * (an id deleted for good is unknown at once) and must throw, not answer {@link
 * SchemaLookup.Unknown}, when the registry cannot be asked: an unreachable registry is retried,
 * never a reason to dead-letter a record.
 */
public interface SchemaSource {

  /** The schema registered under {@code id}, or {@link SchemaLookup.Unknown}. */
  SchemaLookup lookup(SchemaId id);
}
