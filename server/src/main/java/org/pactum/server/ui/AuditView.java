package org.pactum.server.ui;

import io.dropwizard.views.common.View;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.pactum.access.core.AuditLink;
import org.pactum.access.core.ChainCheck;

/**
 * The audit trail's page, {@code templates/audit.ftlh}: a page of writes newest first, the filters
 * that chose them, the link to the next page, and — when asked — whether the chain holds.
 */
public final class AuditView extends View {
  private final List<Row> rows;
  private final String principal;
  private final String outcome;
  private final String older;
  private final ChainCheck check;

  /** One write, as the page shows it. */
  public record Row(
      long seq,
      String at,
      String principal,
      String role,
      String action,
      String target,
      int status,
      String outcome,
      String source,
      String requestId) {
    static Row of(AuditLink l) {
      var e = l.entry();
      return new Row(
          l.seq(),
          UiFormat.second(e.at()),
          e.principal(),
          e.role(),
          e.action(),
          e.target(),
          e.status(),
          e.outcome().wireName(),
          e.source(),
          e.requestId() == null ? "" : e.requestId());
    }
  }

  /**
   * @param older the query of the next (older) page, or empty when this is the last
   * @param check the chain's verification, when asked for (else null)
   */
  AuditView(
      List<AuditLink> links, String principal, String outcome, String older, ChainCheck check) {
    super("/templates/audit.ftlh", StandardCharsets.UTF_8);
    this.rows = links.stream().map(Row::of).toList();
    this.principal = principal;
    this.outcome = outcome;
    this.older = older;
    this.check = check;
  }

  public List<Row> getRows() {
    return rows;
  }

  public String getPrincipal() {
    return principal;
  }

  public String getOutcome() {
    return outcome;
  }

  public String getOlder() {
    return older;
  }

  public boolean isVerified() {
    return check != null;
  }

  public boolean isIntact() {
    return check != null && check.intact();
  }

  public long getChecked() {
    return check == null ? 0 : check.checked();
  }

  /** The first broken link's number and what is wrong with it, when the chain does not hold. */
  public String getBroken() {
    if (check == null || check.intact()) {
      return "";
    }
    return "link " + check.firstBroken().orElseThrow() + ": " + check.problem().orElse("");
  }
}
