package org.pactum.checks.learn;

import java.util.Optional;
import org.pactum.contracts.model.DriftCheck;

/**
 * Where drift references come from. The engine asks before compiling: a numeric reference's bin
 * edges go into the fused scan as {@code count(*) filter (where …)} per bin; without one, the
 * engine computes and stores this run's histogram (or frequency table) so the next run has one; a
 * {@code ks} reference is the raw value sample of an earlier run (every {@code ks} run samples and
 * stores one, after the fused scan). The {@code anomaly} module may supply its own (e.g. a
 * reference pinned at a baseline reset).
 */
public interface BaselineProvider {
  Optional<DriftReference> driftReference(
      String dataset, DriftCheck check, String currentRunId, boolean categorical);
}
