package org.pactum.streams.core;

import java.util.List;
import java.util.Optional;
import org.pactum.streams.core.wire.SchemaId;

/** The validator's decision on one record. */
public sealed interface Verdict {

  /**
   * The record goes to the valid topic unchanged.
   *
   * @param tolerated failures of checks the contract tolerates ({@code mostly} below 1, warn-only
   *     limits): counted per window, not a reason to reject the record
   */
  record Valid(List<Reason> tolerated) implements Verdict {
    public Valid {
      tolerated = List.copyOf(tolerated);
    }
  }

  /**
   * The record goes to the dead-letter topic.
   *
   * @param schemaId the writer schema id, when the header could be read
   * @param reasons every reason, in check order (never empty)
   */
  record Rejected(Optional<SchemaId> schemaId, List<Reason> reasons) implements Verdict {
    public Rejected {
      reasons = List.copyOf(reasons);
      if (reasons.isEmpty()) {
        throw new IllegalArgumentException("a rejection needs a reason");
      }
    }
  }
}
