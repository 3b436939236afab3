package org.pactum.streams.core.window;

/**
 * Where closed windows go (the server records each as a check run). Called once per window in the
 * normal case and again for the same window if the instance that closed it failed before its
 * progress was committed, so a sink must be idempotent per (contract, start). A sink that cannot
 * record throws; the window is then offered again.
 */
public interface WindowSink {
  void closed(ClosedWindow window);
}
