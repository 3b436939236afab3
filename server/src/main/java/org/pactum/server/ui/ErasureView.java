package org.pactum.server.ui;

import io.dropwizard.views.common.View;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.pactum.lineage.erasure.core.AuditEvent;
import org.pactum.lineage.erasure.core.ChainVerification;
import org.pactum.lineage.erasure.core.DatasetState;
import org.pactum.lineage.erasure.core.ErasureRequest;
import org.pactum.lineage.erasure.core.PlanGap;
import org.pactum.lineage.erasure.core.PlannedDataset;

/**
 * One erasure request, {@code templates/erasure.ftlh}: its plan with each dataset's outcome, the
 * gaps, and its audit chain with the whole chain's verification. Never the subject: audit details
 * naming it (its HMAC) are left out.
 */
public final class ErasureView extends View {
  /** A planned dataset and its execution state. */
  public record PlanRow(
      int ordinal,
      String dataset,
      String contractId,
      String source,
      String mode,
      String keyColumn,
      String columns,
      String status,
      int attempts,
      String rowsMatched,
      String rowsAffected,
      String rowsRemaining,
      String error) {}

  /** Something the plan cannot erase automatically. */
  public record Gap(String contractId, String dataset, String column, String reason) {}

  /** One link of the audit chain. */
  public record Event(long seq, String type, String at, String detail, String hash) {}

  private final ErasuresView.Item request;
  private final ErasureRequest stored;
  private final List<PlanRow> plan;
  private final List<Gap> gaps;
  private final List<Event> audit;
  private final ChainVerification chain;

  ErasureView(
      ErasuresView.Item request,
      ErasureRequest stored,
      List<DatasetState> datasets,
      List<PlanGap> gaps,
      List<AuditEvent> audit,
      ChainVerification chain) {
    super("/templates/erasure.ftlh", StandardCharsets.UTF_8);
    this.request = request;
    this.stored = stored;
    this.plan = datasets.stream().map(ErasureView::row).toList();
    this.gaps = gaps.stream().map(ErasureView::gap).toList();
    this.audit = audit.stream().map(ErasureView::event).toList();
    this.chain = chain;
  }

  static PlanRow row(DatasetState s) {
    PlannedDataset d = s.dataset();
    return new PlanRow(
        s.ordinal(),
        d.name(),
        d.contractId() == null ? "" : d.contractId(),
        d.source().name().toLowerCase(Locale.ROOT),
        d.mode().name().toLowerCase(Locale.ROOT),
        d.keyColumn() == null ? "" : d.keyColumn(),
        d.columns().entrySet().stream()
            .map(e -> e.getKey() + " " + e.getValue().yamlName())
            .collect(Collectors.joining(", ")),
        s.status().name(),
        s.attempts(),
        count(s.rowsMatched()),
        count(s.rowsAffected()),
        count(s.rowsRemaining()),
        s.error() == null ? "" : s.error());
  }

  static Gap gap(PlanGap g) {
    String dataset =
        g.datasource() == null && g.table() == null
            ? ""
            : (g.datasource() == null ? "?" : g.datasource())
                + ":"
                + (g.table() == null ? "?" : g.table());
    return new Gap(
        g.contractId() == null ? "" : g.contractId(),
        dataset,
        g.column() == null ? "" : g.column(),
        g.reason() == null ? "" : g.reason());
  }

  static Event event(AuditEvent e) {
    return new Event(
        e.seq(),
        e.eventType(),
        UiFormat.second(e.occurredAt()),
        detail(e.detail()),
        e.hash() == null ? "" : e.hash().substring(0, Math.min(12, e.hash().length())));
  }

  /** {@code key=value · key=value}, without any key that names the subject. */
  static String detail(Map<String, Object> detail) {
    if (detail == null) {
      return "";
    }
    return withoutSubject(detail).entrySet().stream()
        .filter(e -> e.getValue() != null)
        .map(e -> e.getKey() + "=" + e.getValue())
        .collect(Collectors.joining(" · "));
  }

  private static Map<String, Object> withoutSubject(Map<?, ?> detail) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map.Entry<?, ?> e : detail.entrySet()) {
      String key = String.valueOf(e.getKey());
      if (subjectKey(key)) {
        continue;
      }
      Object v = e.getValue();
      out.put(key, v instanceof Map<?, ?> m ? withoutSubject(m) : v);
    }
    return out;
  }

  /** A detail key that holds the subject's id or its HMAC. */
  static boolean subjectKey(String key) {
    String k = key.toLowerCase(Locale.ROOT);
    return k.contains("hmac") || k.equals("subject_id") || k.equals("subject");
  }

  private static String count(Long n) {
    return n == null ? "—" : n.toString();
  }

  public ErasuresView.Item getRequest() {
    return request;
  }

  public String getRequestedBy() {
    return stored.requestedBy() == null ? "" : stored.requestedBy();
  }

  public String getLegalBasis() {
    return stored.legalBasis() == null ? "" : stored.legalBasis();
  }

  public String getStatusReason() {
    return stored.statusReason() == null ? "" : stored.statusReason();
  }

  public String getFinished() {
    return UiFormat.minute(stored.finishedAt());
  }

  public List<PlanRow> getPlan() {
    return plan;
  }

  public List<Gap> getGaps() {
    return gaps;
  }

  public List<Event> getAudit() {
    return audit;
  }

  public boolean isChainValid() {
    return chain.valid();
  }

  public long getChainEvents() {
    return chain.events();
  }

  public String getChainProblem() {
    if (chain.valid()) {
      return "";
    }
    return "link "
        + chain.firstBrokenSeq()
        + " does not verify"
        + (chain.problem() == null ? "" : ": " + chain.problem());
  }
}
