package org.pactum.alerts.db;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.pactum.alerts.core.AlertsReadModel;
import org.pactum.alerts.core.Attempt;
import org.pactum.alerts.core.Incident;
import org.pactum.alerts.core.IncidentState;
import org.pactum.alerts.core.ReceiverStatus;
import org.pactum.alerts.core.Silence;

/** The read model over PostgreSQL schema {@code alerts}: rows in, core values out. */
public final class JdbiAlertsReadModel implements AlertsReadModel {
  private final Jdbi jdbi;

  public JdbiAlertsReadModel(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public List<Incident> incidents(
      IncidentState state, boolean openOnly, IncidentPosition after, int limit) {
    return jdbi
        .withExtension(
            IncidentDao.class,
            d ->
                d.list(
                    state == null ? null : state.name(),
                    openOnly,
                    after == null ? null : after.updatedAt(),
                    after == null ? 0 : after.id(),
                    limit))
        .stream()
        .map(IncidentRow::toIncident)
        .toList();
  }

  @Override
  public List<Incident> openIncidents() {
    return jdbi.withExtension(IncidentDao.class, IncidentDao::open).stream()
        .map(IncidentRow::toIncident)
        .toList();
  }

  @Override
  public List<IncidentSummary> incidentSummaries(IncidentState state, boolean openOnly, int limit) {
    return jdbi.inTransaction(
        h -> {
          List<IncidentRow> rows =
              h.attach(IncidentDao.class)
                  .listOpenFirst(state == null ? null : state.name(), openOnly, limit);
          Map<Long, LastNotificationRow> last = new HashMap<>();
          if (!rows.isEmpty()) {
            long[] ids = rows.stream().mapToLong(IncidentRow::id).toArray();
            h.attach(NotificationDao.class)
                .latestFor(ids)
                .forEach(n -> last.put(n.incidentId(), n));
          }
          return rows.stream()
              .map(
                  r -> {
                    LastNotificationRow n = last.get(r.id());
                    return new IncidentSummary(
                        r.toIncident(), n == null ? null : n.toLastNotification());
                  })
              .toList();
        });
  }

  @Override
  public Optional<IncidentDetail> incident(long id) {
    return jdbi.inTransaction(
        h -> {
          Optional<IncidentRow> row = h.attach(IncidentDao.class).find(id);
          if (row.isEmpty()) {
            return Optional.empty();
          }
          List<TransitionRow> transitions = h.attach(TransitionDao.class).forIncident(id);
          List<NotificationRow> notifications = h.attach(NotificationDao.class).forIncident(id);
          Map<Long, List<Attempt>> attempts = new HashMap<>();
          if (!notifications.isEmpty()) {
            Long[] ids = notifications.stream().map(NotificationRow::id).toArray(Long[]::new);
            for (AttemptRow a : h.attach(AttemptDao.class).forNotifications(ids)) {
              attempts
                  .computeIfAbsent(a.notificationId(), k -> new ArrayList<>())
                  .add(a.toAttempt());
            }
          }
          List<Delivery> deliveries =
              notifications.stream()
                  .map(
                      n ->
                          new Delivery(
                              n.toNotification(), attempts.getOrDefault(n.id(), List.of())))
                  .toList();
          return Optional.of(
              new IncidentDetail(
                  row.get().toIncident(),
                  transitions.stream().map(TransitionRow::toTransition).toList(),
                  deliveries));
        });
  }

  @Override
  public List<Silence> silences(Instant now, boolean includeExpired) {
    return jdbi.withExtension(SilenceDao.class, d -> d.list(now, includeExpired)).stream()
        .map(Silences::toSilence)
        .toList();
  }

  @Override
  public List<Silence> silences(Instant now, boolean includeExpired, Long beforeId, int limit) {
    return jdbi
        .withExtension(
            SilenceDao.class,
            d -> d.page(now, includeExpired, beforeId == null ? Long.MAX_VALUE : beforeId, limit))
        .stream()
        .map(Silences::toSilence)
        .toList();
  }

  @Override
  public Optional<Silence> silence(long id) {
    return jdbi.withExtension(SilenceDao.class, d -> d.find(id)).map(Silences::toSilence);
  }

  @Override
  public long createSilence(Silence silence) {
    return jdbi.withExtension(SilenceDao.class, d -> d.insert(Silences.toRow(silence)));
  }

  @Override
  public boolean updateSilence(Silence silence) {
    return jdbi.withExtension(SilenceDao.class, d -> d.update(Silences.toRow(silence))) == 1;
  }

  @Override
  public List<ReceiverStatus> receiverStatus() {
    return jdbi.withExtension(ReceiverStatusDao.class, ReceiverStatusDao::all).stream()
        .map(ReceiverStatusRow::toReceiverStatus)
        .toList();
  }

  @Override
  public int pendingNotifications() {
    return jdbi.withExtension(NotificationDao.class, NotificationDao::pendingCount);
  }
}
