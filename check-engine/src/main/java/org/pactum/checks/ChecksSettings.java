package org.pactum.checks;

import java.time.Duration;
import java.util.Objects;
import org.pactum.checks.core.EngineSettings;

/**
 * What the check engine's running parts are built with, taken from the {@code checks:} section.
 *
 * @param freshnessInterval how often every contract's freshness checks run; zero: never
 * @param shutdownGrace how long running runs may finish at shutdown
 */
public record ChecksSettings(
    EngineSettings engine,
    int runThreads,
    int queueCapacity,
    Duration freshnessInterval,
    int maxBackfillDays,
    Duration shutdownGrace) {
  public ChecksSettings {
    Objects.requireNonNull(engine, "engine");
    Objects.requireNonNull(freshnessInterval, "freshnessInterval");
    Objects.requireNonNull(shutdownGrace, "shutdownGrace");
  }
}
