package org.pactum.bench.anomaly;

/** The truth about one generated load. */
enum Label {
  /** A normal load: a flag here is a false alarm. */
  NORMAL,
  /** Part of an anomalous event: a flag on any point of the event detects it. */
  ANOMALY,
  /** Neither (a drift still too small to matter, an unapproved new level after its event). */
  IGNORE
}
