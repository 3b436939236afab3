package org.pactum.server.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pactum.alerts.core.Signal;
import org.pactum.alerts.core.SignalStatus;
import org.pactum.checks.core.CheckOutcome;
import org.pactum.checks.core.CheckedContract;
import org.pactum.checks.core.ContractSource;
import org.pactum.checks.core.DatasetKey;
import org.pactum.checks.core.Run;
import org.pactum.checks.core.RunId;
import org.pactum.checks.core.RunState;
import org.pactum.checks.core.Status;
import org.pactum.checks.core.Trigger;
import org.pactum.checks.run.Backfill;
import org.pactum.checks.run.RunResult;
import org.pactum.contracts.model.CheckType;

/** Check runs become alert signals, except backfilled days: history, not today's news. */
class CheckRunSignalsTest {
  private final CheckRunSignals signals =
      new CheckRunSignals(
          new ContractSource() {
            @Override
            public Optional<CheckedContract> find(String contractId) {
              return Optional.empty();
            }

            @Override
            public List<CheckedContract> all() {
              return List.of();
            }
          },
          "http://pactum.example/");

  private static RunResult run(String runId, Trigger trigger) {
    Instant at = Instant.parse("2026-10-05T00:00:00Z");
    CheckOutcome failed =
        new CheckOutcome(
            "freshness(loaded_at)",
            CheckType.FRESHNESS,
            "loaded_at",
            Status.FAIL,
            79200.0,
            null,
            Map.of("max_age_seconds", 3600L),
            "newest \"loaded_at\" is 22h old; older than max_age 1h",
            List.of(),
            0);
    Run run =
        new Run(
            new RunId(runId),
            "it.daily",
            1,
            null,
            DatasetKey.parse("warehouse:public.it_daily"),
            trigger,
            null,
            Map.of(),
            RunState.FAIL,
            null,
            at,
            at,
            null);
    return new RunResult(run, List.of(failed), List.of(), null);
  }

  @Test
  void aFailedCheckOfAnOrdinaryRunIsASignal() {
    List<Signal> out = signals.of(run("r1", Trigger.API));
    assertThat(out)
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.status()).isEqualTo(SignalStatus.FAIL);
              assertThat(s.check()).isEqualTo("freshness(loaded_at)");
              assertThat(s.link()).isEqualTo("http://pactum.example/api/v1/runs/r1");
            });
    assertThat(signals.of(run("r2", Trigger.SCHEDULE))).hasSize(1); // any trigger but backfill
  }

  @Test
  void aBackfilledDayRaisesNoSignal() {
    assertThat(signals.of(run("backfill:it.daily:2026-10-04", Backfill.TRIGGER))).isEmpty();
  }
}
