package org.pactum.server.ui;

import io.dropwizard.views.common.View;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.pactum.alerts.core.AlertsReadModel;
import org.pactum.alerts.core.Incident;
import org.pactum.alerts.core.NotificationStatus;
import org.pactum.alerts.core.Transition;

/**
 * One incident, {@code templates/incident.ftlh}: its timeline, every notification with its delivery
 * attempts (time, status code, latency; never a URL or routing key), suppressed ones with their
 * reason, and the active silences that match it.
 */
public final class IncidentView extends View {
  /** A state change. */
  public record Step(String at, String from, String to, String reason, String runId) {}

  /** One delivery attempt. */
  public record Attempt(
      String at, String statusCode, long latencyMs, String outcome, String error) {}

  /** A notification with its attempts. */
  public record Notification(
      long id,
      String receiver,
      String event,
      String status,
      String reason,
      String createdAt,
      String finishedAt,
      boolean suppressed,
      List<Attempt> attempts) {}

  private final Incident incident;
  private final boolean contractKnown;
  private final List<Step> timeline;
  private final List<Notification> notifications;
  private final List<IncidentSilences.Item> silences;

  IncidentView(
      AlertsReadModel.IncidentDetail detail,
      boolean contractKnown,
      List<IncidentSilences.Item> silences) {
    super("/templates/incident.ftlh", StandardCharsets.UTF_8);
    this.incident = detail.incident();
    this.contractKnown = contractKnown;
    this.timeline = detail.transitions().stream().map(IncidentView::step).toList();
    this.notifications = detail.deliveries().stream().map(IncidentView::notification).toList();
    this.silences = List.copyOf(silences);
  }

  static Step step(Transition t) {
    return new Step(
        UiFormat.second(t.at()),
        t.from().name(),
        t.to().name(),
        t.reason() == null ? "" : t.reason(),
        t.runId() == null ? "" : t.runId());
  }

  static Notification notification(AlertsReadModel.Delivery d) {
    org.pactum.alerts.core.Notification n = d.notification();
    return new Notification(
        n.id(),
        n.receiver(),
        n.event().name().toLowerCase(Locale.ROOT),
        n.status().name(),
        n.reason() == null ? "" : n.reason(),
        UiFormat.second(n.createdAt()),
        UiFormat.second(n.finishedAt()),
        n.status() == NotificationStatus.SUPPRESSED,
        d.attempts().stream().map(IncidentView::attempt).toList());
  }

  static Attempt attempt(org.pactum.alerts.core.Attempt a) {
    return new Attempt(
        UiFormat.second(a.at()),
        a.statusCode() == null ? "—" : a.statusCode().toString(),
        a.latencyMs(),
        a.outcome() == null ? "" : a.outcome().name(),
        a.error() == null ? "" : a.error());
  }

  public long getId() {
    return incident.id();
  }

  public String getContractId() {
    return incident.contractId();
  }

  public boolean isContractKnown() {
    return contractKnown;
  }

  public String getCheck() {
    return incident.check();
  }

  public String getDataset() {
    return incident.dataset() == null ? "" : incident.dataset();
  }

  public String getTeam() {
    return incident.team() == null ? "" : incident.team();
  }

  public String getState() {
    return incident.state().name();
  }

  public String getOpenedAt() {
    return UiFormat.minute(incident.openedAt());
  }

  public String getResolvedAt() {
    return UiFormat.minute(incident.resolvedAt());
  }

  public String getAcknowledged() {
    if (incident.acknowledgedAt() == null) {
      return "";
    }
    return UiFormat.minute(incident.acknowledgedAt())
        + (incident.acknowledgedBy() == null ? "" : " by " + incident.acknowledgedBy());
  }

  public int getConsecutiveFailures() {
    return incident.consecutiveFailures();
  }

  public int getConsecutivePasses() {
    return incident.consecutivePasses();
  }

  public boolean isPaged() {
    return incident.paged();
  }

  public String getLastRunId() {
    return incident.lastRunId() == null ? "" : incident.lastRunId();
  }

  public String getSummary() {
    return incident.summary() == null ? "" : incident.summary();
  }

  public List<Step> getTimeline() {
    return timeline;
  }

  public List<Notification> getNotifications() {
    return notifications;
  }

  public List<IncidentSilences.Item> getSilences() {
    return silences;
  }
}
