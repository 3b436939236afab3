package org.pactum.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pactum.contracts.model.ErasureAction;
import org.pactum.lineage.erasure.core.AuditEvent;
import org.pactum.lineage.erasure.core.ChainVerification;
import org.pactum.lineage.erasure.core.DatasetState;
import org.pactum.lineage.erasure.core.DatasetStatus;
import org.pactum.lineage.erasure.core.ErasureRequest;
import org.pactum.lineage.erasure.core.PlanGap;
import org.pactum.lineage.erasure.core.PlannedDataset;
import org.pactum.lineage.erasure.core.RequestStatus;

class ErasureViewsTest {
  private static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");
  private static final UUID ID = UUID.fromString("a0a3bac2-7196-4873-9518-e1fec70890b2");
  private static final String HMAC =
      "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

  private static ErasureRequest request(RequestStatus status) {
    return new ErasureRequest(
        ID,
        "customer",
        HMAC,
        "dpo@example.com",
        "art. 17",
        status,
        null,
        T0,
        T0.plus(Duration.ofDays(30)),
        null);
  }

  private static DatasetState state(int ordinal, DatasetStatus status) {
    return new DatasetState(
        ordinal,
        new PlannedDataset(
            "crm.customer",
            PlannedDataset.Source.CONTRACT,
            "warehouse",
            "crm.customers",
            "customer_id",
            PlannedDataset.Mode.UPDATE,
            Map.of("email", ErasureAction.NULLIFY)),
        status,
        1,
        1L,
        1L,
        status == DatasetStatus.VERIFIED ? 0L : null,
        null);
  }

  @Test
  void anOpenRequestPastItsDueDateIsOverdueAndOnlyVerifiedDatasetsCountAsDone() {
    List<DatasetState> datasets =
        List.of(state(0, DatasetStatus.VERIFIED), state(1, DatasetStatus.FAILED));
    ErasuresView.Item late =
        ErasuresView.item(request(RequestStatus.PARTIAL), datasets, T0.plus(Duration.ofDays(31)));
    assertThat(late.overdue()).isTrue();
    assertThat(late.datasetsDone()).isEqualTo(1);
    assertThat(late.datasetsTotal()).isEqualTo(2);
    assertThat(late.due()).isEqualTo("2026-12-01 10:00");
    assertThat(
            ErasuresView.item(
                    request(RequestStatus.COMPLETED), datasets, T0.plus(Duration.ofDays(31)))
                .overdue())
        .isFalse();
    assertThat(ErasuresView.item(request(RequestStatus.PARTIAL), datasets, T0).overdue()).isFalse();
  }

  @Test
  void auditDetailsLeaveOutTheSubjectAndItsHmac() {
    Map<String, Object> detail = new LinkedHashMap<>();
    detail.put("subject_type", "customer");
    detail.put("subject_hmac", HMAC);
    detail.put("datasets", 3);
    detail.put("nested", Map.of("Subject_HMAC", HMAC));
    detail.put("subject_id", "c-00042");
    detail.put("reason", null);
    assertThat(ErasureView.detail(detail))
        .isEqualTo("subject_type=customer · datasets=3 · nested={}")
        .doesNotContain(HMAC);
  }

  @Test
  void thePageModelHasThePlanGapsChainAndNoSubject() {
    AuditEvent received =
        new AuditEvent(
            1, ID, "request_received", T0, Map.of("subject_hmac", HMAC), "0".repeat(64), HMAC);
    ErasureView v =
        new ErasureView(
            ErasuresView.item(request(RequestStatus.COMPLETED), List.of(), T0),
            request(RequestStatus.COMPLETED),
            List.of(state(0, DatasetStatus.VERIFIED)),
            List.of(new PlanGap(null, "warehouse", "mart.copy", "email", "derived, untagged")),
            List.of(received),
            new ChainVerification(5, 3L, "hash mismatch"));
    assertThat(v.getPlan())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.dataset()).isEqualTo("warehouse:crm.customers");
              assertThat(p.columns()).isEqualTo("email nullify");
              assertThat(p.mode()).isEqualTo("update");
              assertThat(p.rowsRemaining()).isEqualTo("0");
            });
    assertThat(v.getGaps())
        .containsExactly(
            new ErasureView.Gap("", "warehouse:mart.copy", "email", "derived, untagged"));
    assertThat(v.getAudit().get(0).detail()).isEmpty();
    assertThat(v.getAudit().get(0).hash()).hasSize(12);
    assertThat(v.isChainValid()).isFalse();
    assertThat(v.getChainProblem()).isEqualTo("link 3 does not verify: hash mismatch");
    assertThat(v.getRequestedBy()).isEqualTo("dpo@example.com");
  }
}
