package org.pactum.streams.run;

/** Where one binding's validator is, on this instance. */
public enum StreamState {
  /** Kafka Streams is starting or rebalancing: partitions are being assigned. */
  STARTING,
  /** Validating. */
  RUNNING,
  /** Not started: a topic it needs is missing, or the contract cannot be validated (see detail). */
  WAITING,
  /** Stopped after an error it could not recover from; it is started again at the next round. */
  ERROR,
  /** Stopped (shutting down). */
  STOPPED
}
