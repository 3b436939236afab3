package org.pactum.streams.topology;

/**
 * What the routing processor forwards: a record's value for the valid or the dead-letter topic, or
 * a task's share of a closed window (a {@code TallyCodec} tally) on its way to be added up.
 */
record Routed(Kind kind, byte[] bytes) {
  enum Kind {
    VALID,
    DEAD_LETTER,
    WINDOW_PART
  }

  boolean is(Kind k) {
    return kind == k;
  }
}
