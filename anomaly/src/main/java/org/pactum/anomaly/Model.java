package org.pactum.anomaly;

import java.time.Instant;
import java.util.List;

/** A model of normal: from training observations (oldest first), the expectation at a time. */
interface Model {
  Expectation expect(List<Observation> training, Instant at);
}
