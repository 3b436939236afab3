package org.pactum.anomaly;

import java.time.Instant;
import java.util.List;

/** A model of normal, fitted once to training observations (oldest first). */
interface Model {
  Fitted fit(List<Observation> training);

  /** A fitted model: the expectation at a time after the training window. */
  interface Fitted {
    Expectation at(Instant t);
  }
}
