package org.pactum.alerts.db;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * What the API shows: incidents with their transitions and delivery history, silences, receivers.
 */
public final class AlertsReadModel {
  /** An incident with its transitions and every notification about it with its attempts. */
  public record IncidentDetail(
      IncidentRow incident, List<TransitionRow> transitions, List<Delivery> deliveries) {}

  /** One notification and its attempts. */
  public record Delivery(NotificationRow notification, List<AttemptRow> attempts) {}

  private final Jdbi jdbi;

  public AlertsReadModel(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** Where an incident listing resumes: after this incident in (latest change, id) order. */
  public record IncidentPosition(Instant updatedAt, long id) {
    public static IncidentPosition of(IncidentRow row) {
      return new IncidentPosition(row.updatedAt(), row.id());
    }
  }

  /**
   * Incidents, latest change first (ties by id), after {@code after} (null: from the start).
   *
   * @param state WARNING, CRITICAL or RESOLVED, or null for all
   * @param openOnly only unresolved incidents
   */
  public List<IncidentRow> incidents(
      String state, boolean openOnly, IncidentPosition after, int limit) {
    return jdbi.withExtension(
        IncidentDao.class,
        d ->
            d.list(
                state,
                openOnly,
                after == null ? null : after.updatedAt(),
                after == null ? 0 : after.id(),
                limit));
  }

  public List<IncidentRow> openIncidents() {
    return jdbi.withExtension(IncidentDao.class, IncidentDao::open);
  }

  /** An incident with its latest notification, or null when it has none. */
  public record IncidentSummary(IncidentRow incident, LastNotificationRow lastNotification) {}

  /**
   * Incidents for a list page: open ones first (critical, then warning), each with its latest
   * notification.
   *
   * @param state WARNING, CRITICAL or RESOLVED, or null for all
   * @param openOnly only unresolved incidents
   */
  public List<IncidentSummary> incidentSummaries(String state, boolean openOnly, int limit) {
    return jdbi.inTransaction(
        h -> {
          List<IncidentRow> rows =
              h.attach(IncidentDao.class).listOpenFirst(state, openOnly, limit);
          Map<Long, LastNotificationRow> last = new HashMap<>();
          if (!rows.isEmpty()) {
            long[] ids = rows.stream().mapToLong(IncidentRow::id).toArray();
            h.attach(NotificationDao.class)
                .latestFor(ids)
                .forEach(n -> last.put(n.incidentId(), n));
          }
          return rows.stream().map(r -> new IncidentSummary(r, last.get(r.id()))).toList();
        });
  }

  public Optional<IncidentDetail> incident(long id) {
    return jdbi.inTransaction(
        h -> {
          Optional<IncidentRow> row = h.attach(IncidentDao.class).find(id);
          if (row.isEmpty()) {
            return Optional.empty();
          }
          List<TransitionRow> transitions = h.attach(TransitionDao.class).forIncident(id);
          List<NotificationRow> notifications = h.attach(NotificationDao.class).forIncident(id);
          Map<Long, List<AttemptRow>> attempts = new HashMap<>();
          if (!notifications.isEmpty()) {
            Long[] ids = notifications.stream().map(NotificationRow::id).toArray(Long[]::new);
            for (AttemptRow a : h.attach(AttemptDao.class).forNotifications(ids)) {
              attempts.computeIfAbsent(a.notificationId(), k -> new ArrayList<>()).add(a);
            }
          }
          List<Delivery> deliveries =
              notifications.stream()
                  .map(n -> new Delivery(n, attempts.getOrDefault(n.id(), List.of())))
                  .toList();
          return Optional.of(new IncidentDetail(row.get(), transitions, deliveries));
        });
  }

  public List<SilenceRow> silences(Instant now, boolean includeExpired) {
    return jdbi.withExtension(SilenceDao.class, d -> d.list(now, includeExpired));
  }

  /** Silences, newest first, with an id below {@code beforeId} (null: from the start). */
  public List<SilenceRow> silences(Instant now, boolean includeExpired, Long beforeId, int limit) {
    return jdbi.withExtension(
        SilenceDao.class,
        d -> d.page(now, includeExpired, beforeId == null ? Long.MAX_VALUE : beforeId, limit));
  }

  public Optional<SilenceRow> silence(long id) {
    return jdbi.withExtension(SilenceDao.class, d -> d.find(id));
  }

  public long createSilence(SilenceRow row) {
    return jdbi.withExtension(SilenceDao.class, d -> d.insert(row));
  }

  public boolean updateSilence(SilenceRow row) {
    return jdbi.withExtension(SilenceDao.class, d -> d.update(row)) == 1;
  }

  public List<ReceiverStatusRow> receiverStatus() {
    return jdbi.withExtension(ReceiverStatusDao.class, ReceiverStatusDao::all);
  }

  public int pendingNotifications() {
    return jdbi.withExtension(NotificationDao.class, NotificationDao::pendingCount);
  }
}
