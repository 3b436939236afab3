package org.pactum.server.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pactum.alerts.core.Severity;
import org.pactum.alerts.core.Signal;
import org.pactum.alerts.core.SignalStatus;
import org.pactum.lineage.erasure.core.ErasureRequest;
import org.pactum.lineage.erasure.core.RequestStatus;

class ErasureOverdueSignalsTest {
  @Test
  void anOverdueRequestIsACriticalFailureOfItsOwnWithoutSubjectData() {
    List<Signal> sent = new ArrayList<>();
    Instant now = Instant.parse("2026-12-30T00:00:00Z");
    ErasureOverdueSignals signals =
        new ErasureOverdueSignals(
            sent::addAll, "http://pactum.example/", Clock.fixed(now, ZoneOffset.UTC));
    UUID id = UUID.fromString("00000000-0000-0000-0000-000000000042");
    ErasureRequest request =
        new ErasureRequest(
            id,
            "customer",
            "hmac-of-the-subject",
            "dpo@example.com",
            "art. 17",
            RequestStatus.PARTIAL,
            "one dataset failed",
            Instant.parse("2026-11-22T00:00:00Z"),
            Instant.parse("2026-12-22T00:00:00Z"),
            null);

    signals.overdue(request);

    assertThat(sent)
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.contractId()).isEqualTo(ErasureOverdueSignals.CONTRACT);
              assertThat(s.check()).isEqualTo("erasure_overdue:" + id);
              assertThat(s.status()).isEqualTo(SignalStatus.FAIL);
              assertThat(s.severity()).isEqualTo(Severity.CRITICAL);
              assertThat(s.tags()).contains("gdpr");
              assertThat(s.link()).isEqualTo("http://pactum.example/api/v1/erasure-requests/" + id);
              assertThat(s.observedAt()).isEqualTo(now);
              assertThat(s.message() + s.details()).doesNotContain("hmac-of-the-subject");
            });
  }
}
