package org.pactum.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pactum.checks.core.CheckOutcome;
import org.pactum.checks.core.DatasetKey;
import org.pactum.checks.core.Run;
import org.pactum.checks.core.RunId;
import org.pactum.checks.core.RunState;
import org.pactum.checks.core.Status;
import org.pactum.checks.core.Trigger;
import org.pactum.contracts.model.CheckType;

class QualityGridTest {
  private final Map<RunId, List<CheckOutcome>> results = new HashMap<>();

  private static CheckOutcome outcome(String name, Status status, Double value) {
    return new CheckOutcome(
        name,
        CheckType.METRIC,
        "amount",
        status,
        value,
        null,
        Map.of("max", 10),
        "msg",
        List.of(),
        0);
  }

  /** A run, its results kept in {@link #results}. */
  private Run run(String id, RunState state, Instant at, CheckOutcome... outcomes) {
    results.put(new RunId(id), List.of(outcomes));
    return new Run(
        new RunId(id),
        "c",
        1,
        "1.0.0",
        DatasetKey.parse("warehouse:t"),
        Trigger.API,
        null,
        Map.of(),
        state,
        null,
        at,
        at,
        null);
  }

  @Test
  void runsGoOldestFirstChecksFollowTheNewestRunAndGapsAreShown() {
    Instant day1 = Instant.parse("2026-11-20T06:00:00Z");
    Instant day2 = Instant.parse("2026-11-21T06:00:00Z");
    Instant day3 = Instant.parse("2026-11-22T06:00:00Z");
    QualityGrid grid =
        QualityGrid.of(
            List.of( // newest first, as the result log lists them
                run("r3", RunState.FAIL, day3, outcome("mean(amount)", Status.FAIL, 12.0)),
                run("queued", RunState.QUEUED, null),
                run(
                    "r2",
                    RunState.PASS,
                    day2,
                    outcome("old_check", Status.PASS, null),
                    outcome("mean(amount)", Status.PASS, 5.0)),
                run("r1", RunState.PASS, day1, outcome("mean(amount)", Status.PASS, 4.0))),
            results);

    assertThat(grid.runs())
        .extracting(QualityGrid.RunColumn::runId)
        .containsExactly("r1", "r2", "r3");
    assertThat(grid.runs().get(2).day()).isEqualTo("11-22");
    assertThat(grid.checks())
        .extracting(QualityGrid.CheckHistory::name)
        .containsExactly("mean(amount)", "old_check");

    QualityGrid.CheckHistory mean = grid.checks().get(0);
    assertThat(mean.cells())
        .extracting(QualityGrid.Cell::status)
        .containsExactly("PASS", "PASS", "FAIL");
    assertThat(mean.latest().status()).isEqualTo("FAIL");
    assertThat(mean.latest().observed()).isEqualTo("12");
    assertThat(mean.thresholds()).isEqualTo("max 10");
    assertThat(mean.sparkline()).hasSize(1);

    QualityGrid.CheckHistory old = grid.checks().get(1);
    assertThat(old.cells()).extracting(QualityGrid.Cell::status).containsExactly("", "PASS", "");
    assertThat(old.latest().runId()).isEqualTo("r2");
    assertThat(old.sparkline()).isEmpty();
  }
}
