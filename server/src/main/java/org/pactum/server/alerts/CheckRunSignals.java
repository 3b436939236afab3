package org.pactum.server.alerts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pactum.alerts.core.Owner;
import org.pactum.alerts.core.Severity;
import org.pactum.alerts.core.Signal;
import org.pactum.alerts.core.SignalStatus;
import org.pactum.checks.core.CheckOutcome;
import org.pactum.checks.core.CheckedContract;
import org.pactum.checks.core.ContractSource;
import org.pactum.checks.core.Run;
import org.pactum.checks.run.Backfill;
import org.pactum.checks.run.RunResult;
import org.pactum.contracts.model.DataContract;

/**
 * Adapts a check run's result to alert signals: one per check, with the contract's owner and tags
 * from the {@link ContractSource} and a link to {@code /api/v1/runs/{id}}. Failed-row samples stay
 * out of alerts (they may hold data); the observed value, thresholds and message go in.
 */
public final class CheckRunSignals {
  public static final String SOURCE = "check-run";

  private final ContractSource contracts;
  private final String baseUrl;

  /**
   * @param baseUrl Pactum's external address, for links (e.g. {@code http://localhost:8080})
   */
  public CheckRunSignals(ContractSource contracts, String baseUrl) {
    this.contracts = contracts;
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }

  /** One signal per check; none for a backfill run (history of past days, not today's news). */
  public List<Signal> of(RunResult result) {
    Run run = result.run();
    if (run.trigger() == Backfill.TRIGGER) {
      return List.of();
    }
    Optional<DataContract> contract =
        contracts.find(run.contractId()).map(CheckedContract::contract);
    Owner owner =
        contract
            .map(DataContract::owner)
            .map(o -> new Owner(o.team(), o.email(), o.slack(), o.pagerduty()))
            .orElse(Owner.NONE);
    List<String> tags = contract.map(DataContract::tags).orElse(List.of());
    Instant at = run.finishedAt() != null ? run.finishedAt() : run.startedAt();
    String runId = run.id().value();
    String link = baseUrl + "/api/v1/runs/" + runId;
    List<Signal> out = new ArrayList<>();
    for (CheckOutcome o : result.results()) {
      out.add(
          new Signal(
              SOURCE,
              run.contractId(),
              run.datasetText(),
              o.checkName(),
              o.checkType().yamlName(),
              status(o),
              severity(o),
              owner,
              tags,
              runId,
              o.message(),
              details(o, run),
              link,
              at == null ? Instant.now() : at));
    }
    return out;
  }

  private static SignalStatus status(CheckOutcome o) {
    return switch (o.status()) {
      case PASS -> SignalStatus.PASS;
      case WARN -> SignalStatus.WARN;
      case FAIL -> SignalStatus.FAIL;
      case ERROR -> SignalStatus.ERROR;
    };
  }

  private static Severity severity(CheckOutcome o) {
    return switch (o.status()) {
      case PASS -> Severity.INFO;
      case WARN -> Severity.WARNING;
      case FAIL, ERROR -> Severity.ERROR;
    };
  }

  private static Map<String, Object> details(CheckOutcome o, Run run) {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("check_type", o.checkType().yamlName());
    if (o.column() != null) {
      d.put("column", o.column());
    }
    if (o.observedValue() != null && Double.isFinite(o.observedValue())) {
      d.put("observed_value", o.observedValue());
    }
    if (o.observedText() != null) {
      d.put("observed", o.observedText());
    }
    if (!o.thresholds().isEmpty()) {
      d.put("thresholds", o.thresholds());
    }
    d.put("contract_version", run.contractVersion());
    if (run.error() != null) {
      d.put("run_error", run.error());
    }
    return d;
  }
}
