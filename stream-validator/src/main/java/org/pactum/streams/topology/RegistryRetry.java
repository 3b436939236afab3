package org.pactum.streams.topology;

import java.time.Duration;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks again, with exponential back-off, while the registry cannot answer (a {@code SchemaSource}
 * throws only then): from {@code first} doubling up to 5 s between attempts, for at most {@code
 * patience} in all, then the last failure is thrown and the task fails (its thread is replaced and
 * resumes from the last commit). Waiting blocks the task's thread, which is the point: its
 * partitions make no progress while the contract cannot be judged.
 */
final class RegistryRetry {
  private static final Logger LOG = LoggerFactory.getLogger(RegistryRetry.class);
  private static final Duration MAX_PAUSE = Duration.ofSeconds(5);

  private final Duration first;
  private final Duration patience;

  RegistryRetry(Duration first, Duration patience) {
    this.first = first;
    this.patience = patience;
  }

  static RegistryRetry standard() {
    return new RegistryRetry(Duration.ofMillis(100), Duration.ofSeconds(60));
  }

  <T> T call(Supplier<T> ask) {
    long deadline = System.nanoTime() + patience.toNanos();
    long pause = first.toMillis();
    int attempt = 1;
    while (true) {
      try {
        return ask.get();
      } catch (RuntimeException e) {
        if (System.nanoTime() + pause * 1_000_000 > deadline) {
          throw e;
        }
        LOG.atWarn()
            .addKeyValue("event", "stream_registry_unavailable")
            .addKeyValue("attempt", attempt)
            .addKeyValue("retry_in_ms", pause)
            .addKeyValue("error", e.getClass().getSimpleName())
            .log("the registry could not be asked; retrying");
        try {
          Thread.sleep(pause);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw e;
        }
        pause = Math.min(pause * 2, MAX_PAUSE.toMillis());
        attempt++;
      }
    }
  }
}
