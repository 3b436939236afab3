package org.pactum.checks.db;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.pactum.checks.core.DatasetKey;
import org.pactum.checks.core.Run;
import org.pactum.checks.core.RunId;
import org.pactum.checks.core.RunState;
import org.pactum.checks.core.Trigger;

/** A {@link Run} to its {@link RunRow} and back. */
final class RunRows {
  private final Json json;

  RunRows(Json json) {
    this.json = json;
  }

  RunRow row(Run r) {
    return new RunRow(
        r.id().value(),
        r.contractId(),
        r.contractVersion(),
        r.contractSemver(),
        r.datasetText(),
        r.datasource(),
        r.trigger().wire(),
        r.loadId(),
        json.write(r.params()),
        r.state().name(),
        at(r.queuedAt()),
        at(r.startedAt()),
        at(r.finishedAt()),
        r.error());
  }

  Run run(RunRow r) {
    return new Run(
        new RunId(r.runId()),
        r.contractId(),
        r.contractVersion(),
        r.contractSemver(),
        r.dataset().isEmpty() ? null : DatasetKey.parse(r.dataset()),
        Trigger.fromWire(r.trigger()),
        r.loadId(),
        Run.text(json.readMap(r.scopeParams())),
        RunState.valueOf(r.status()),
        instant(r.queuedAt()),
        instant(r.startedAt()),
        instant(r.finishedAt()),
        r.error());
  }

  private static OffsetDateTime at(Instant t) {
    return t == null ? null : t.atOffset(ZoneOffset.UTC);
  }

  private static Instant instant(OffsetDateTime t) {
    return t == null ? null : t.toInstant();
  }
}
