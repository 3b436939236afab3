package org.pactum.alerts.core;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/** Signals for tests, on a fixed clock that tests move by hand. */
final class Signals {
  static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
  static final Owner CHECKOUT =
      new Owner("checkout", "c@example.com", "#checkout-data", "checkout-oncall");

  private Signals() {}

  static Clock clockAt(Instant at) {
    return Clock.fixed(at, ZoneOffset.UTC);
  }

  static Instant at(int minutes) {
    return T0.plus(Duration.ofMinutes(minutes));
  }

  static Signal signal(String contract, String check, SignalStatus status, String run, Instant at) {
    return new Signal(
        "check-run",
        contract,
        "warehouse:public." + contract,
        check,
        "not_null",
        status,
        Severity.ERROR,
        CHECKOUT,
        List.of("tier1"),
        run,
        "2 of 10 rows are null",
        Map.of("observed", 0.2),
        "http://pactum.test/api/v1/runs/" + run,
        at);
  }

  static Signal freshness(String contract, SignalStatus status, String run, Instant at) {
    return new Signal(
        "check-run",
        contract,
        "warehouse:public." + contract,
        "freshness(loaded_at)",
        "freshness",
        status,
        Severity.CRITICAL,
        CHECKOUT,
        List.of(),
        run,
        "data is 5h old",
        Map.of(),
        "http://pactum.test/api/v1/runs/" + run,
        at);
  }
}
