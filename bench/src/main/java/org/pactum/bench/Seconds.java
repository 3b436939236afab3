package org.pactum.bench;

/** Elapsed wall-clock time for the macro benchmarks' figures. */
public final class Seconds {
  private Seconds() {}

  /** Seconds since {@code t0}, a {@link System#nanoTime()} reading. */
  public static double since(long t0) {
    return (System.nanoTime() - t0) / 1e9;
  }
}
