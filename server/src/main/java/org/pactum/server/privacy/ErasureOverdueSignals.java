package org.pactum.server.privacy;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.pactum.alerts.core.Owner;
import org.pactum.alerts.core.Severity;
import org.pactum.alerts.core.Signal;
import org.pactum.alerts.core.SignalStatus;
import org.pactum.lineage.erasure.core.ErasureRequest;
import org.pactum.lineage.erasure.core.OverdueListener;

/**
 * Overdue erasure requests as alert signals (issue #7: "overdue requests raise an alert signal"):
 * one incident per request, under the pseudo-contract {@value #CONTRACT} so routes can send them to
 * the privacy team ({@code match: {contract: "privacy.*"}}), tagged {@code gdpr}. Each overdue
 * check repeats the failure, so an unattended request escalates like a failing check. No subject
 * data: the request id, its status and its due date only.
 */
public final class ErasureOverdueSignals implements OverdueListener {
  public static final String CONTRACT = "privacy.erasure";

  private final Consumer<List<Signal>> alerts;
  private final String publicUrl;
  private final Clock clock;

  public ErasureOverdueSignals(Consumer<List<Signal>> alerts, String publicUrl, Clock clock) {
    this.alerts = alerts;
    this.publicUrl =
        publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    this.clock = clock;
  }

  @Override
  public void overdue(ErasureRequest r) {
    alerts.accept(List.of(signal(r)));
  }

  Signal signal(ErasureRequest r) {
    return new Signal(
        "erasure",
        CONTRACT,
        "",
        "erasure_overdue:" + r.requestId(),
        "erasure_overdue",
        SignalStatus.FAIL,
        Severity.CRITICAL,
        Owner.NONE,
        List.of("gdpr", "pii"),
        "",
        "Erasure request "
            + r.requestId()
            + " is past its due date "
            + r.dueAt()
            + " and still "
            + r.status().name().toLowerCase(Locale.ROOT),
        Map.of("status", r.status().name(), "due_at", r.dueAt().toString()),
        publicUrl + "/api/v1/erasure-requests/" + r.requestId(),
        clock.instant());
  }
}
