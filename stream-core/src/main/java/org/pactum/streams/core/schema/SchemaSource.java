package org.pactum.streams.core.schema;

import java.util.Set;
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

  /**
   * The subjects with a live (not deleted) version of the schema {@code id}; empty for an unknown
   * id. May be cached briefly: a version deleted from a subject may be accepted for a few more
   * seconds.
   */
  Set<String> subjectsOf(SchemaId id);
}
