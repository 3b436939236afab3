package org.pactum.alerts.db;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.pactum.alerts.core.AlertStore;
import org.pactum.alerts.core.Attempt;
import org.pactum.alerts.core.Incident;
import org.pactum.alerts.core.IncidentKey;
import org.pactum.alerts.core.NotificationEvent;
import org.pactum.alerts.core.Plan;
import org.pactum.alerts.core.PlannedNotification;
import org.pactum.alerts.core.ReceiverKind;
import org.pactum.alerts.core.Silence;
import org.pactum.alerts.core.Step;
import org.pactum.alerts.core.Suppression;
import org.pactum.alerts.core.Transition;
import org.pactum.alerts.delivery.Outbox;
import org.pactum.alerts.delivery.OutboxMessage;

/**
 * Incidents, silences and the outbox over PostgreSQL schema {@code alerts}. A plan (incident
 * changes, transitions, notification rows) is written in one transaction, so a notification never
 * exists without its incident change, nor the other way round.
 */
public final class JdbiAlertStore implements AlertStore, Outbox {
  private final Jdbi jdbi;
  private final ObjectMapper json = new ObjectMapper();

  public JdbiAlertStore(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  public Jdbi jdbi() {
    return jdbi;
  }

  @Override
  public Map<IncidentKey, Incident> openIncidents(Collection<String> contractIds) {
    Map<IncidentKey, Incident> out = new HashMap<>();
    jdbi
        .withExtension(IncidentDao.class, d -> d.openFor(contractIds.toArray(String[]::new)))
        .stream()
        .map(IncidentRow::toIncident)
        .forEach(i -> out.put(i.key(), i));
    return out;
  }

  @Override
  public List<Incident> openIncidents() {
    return jdbi.withExtension(IncidentDao.class, IncidentDao::open).stream()
        .map(IncidentRow::toIncident)
        .toList();
  }

  @Override
  public Optional<Incident> incident(long id) {
    return jdbi.withExtension(IncidentDao.class, d -> d.find(id)).map(IncidentRow::toIncident);
  }

  @Override
  public List<Silence> activeSilences(Instant now) {
    return jdbi.withExtension(SilenceDao.class, d -> d.activeAt(now)).stream()
        .map(Silences::toSilence)
        .toList();
  }

  @Override
  public List<Long> apply(Plan plan, Instant now) {
    if (plan.isEmpty()) {
      return List.of();
    }
    return jdbi.inTransaction(h -> write(h, plan, now));
  }

  private List<Long> write(Handle h, Plan plan, Instant now) {
    IncidentDao incidents = h.attach(IncidentDao.class);
    TransitionDao transitions = h.attach(TransitionDao.class);
    NotificationDao notifications = h.attach(NotificationDao.class);
    List<Long> ids = writeIncidents(incidents, plan.steps());
    List<Long> tIncident = new ArrayList<>();
    List<String> tFrom = new ArrayList<>();
    List<String> tTo = new ArrayList<>();
    List<String> tReason = new ArrayList<>();
    List<String> tRun = new ArrayList<>();
    List<Instant> tAt = new ArrayList<>();
    for (int i = 0; i < plan.steps().size(); i++) {
      for (Transition t : plan.steps().get(i).transitions()) {
        tIncident.add(ids.get(i));
        tFrom.add(t.from().name());
        tTo.add(t.to().name());
        tReason.add(t.reason());
        tRun.add(t.runId());
        tAt.add(t.at());
      }
    }
    if (!tIncident.isEmpty()) {
      transitions.insertAll(tIncident, tFrom, tTo, tReason, tRun, tAt);
    }
    List<Long> linkNotification = new ArrayList<>();
    List<Long> linkIncident = new ArrayList<>();
    List<NotificationDao.NewRow> rows =
        plan.notifications().stream()
            .map(
                n ->
                    new NotificationDao.NewRow(
                        n.receiver(),
                        n.kind() == null ? null : n.kind().wire(),
                        n.event().name(),
                        n.orderingKey(),
                        n.dedupKey(),
                        write(n.payload()),
                        n.status().name(),
                        n.reason()))
            .toList();
    long[] nids = rows.isEmpty() ? new long[0] : notifications.insertAll(rows, now);
    for (int k = 0; k < nids.length; k++) {
      for (Long incident : linked(plan.notifications().get(k), ids).keySet()) {
        linkNotification.add(nids[k]);
        linkIncident.add(incident);
      }
    }
    if (!linkNotification.isEmpty()) {
      notifications.link(linkNotification, linkIncident);
    }
    return ids;
  }

  /**
   * Inserts the new incidents and updates the others, each in one batch; several steps of one
   * incident in a plan leave its last state. Returns each step's incident id.
   */
  private static List<Long> writeIncidents(IncidentDao dao, List<Step> steps) {
    List<IncidentRow> inserts = new ArrayList<>();
    Map<IncidentKey, Integer> newOpen = new HashMap<>(); // new in this plan and open: its slot
    Map<Long, IncidentRow> updates = new LinkedHashMap<>();
    int[] slot = new int[steps.size()];
    long[] existing = new long[steps.size()];
    for (int i = 0; i < steps.size(); i++) {
      Step step = steps.get(i);
      Incident after = step.after();
      Long id = after.id() != null ? after.id() : step.before() == null ? null : step.before().id();
      Integer pending = step.before() == null ? null : newOpen.get(after.key());
      if (id == null && pending != null) {
        inserts.set(pending, IncidentRow.of(after)); // a later step of an incident new in this plan
        slot[i] = pending;
      } else if (id == null) {
        slot[i] = inserts.size();
        inserts.add(IncidentRow.of(after));
        newOpen.put(after.key(), slot[i]);
      } else {
        slot[i] = -1;
        existing[i] = id;
        updates.put(id, IncidentRow.of(after.withId(id)));
      }
      if (!after.state().open()) {
        newOpen.remove(after.key());
      }
    }
    long[] newIds = inserts.isEmpty() ? new long[0] : dao.insertAll(inserts);
    if (!updates.isEmpty()) {
      dao.updateAll(List.copyOf(updates.values()));
    }
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < steps.size(); i++) {
      ids.add(slot[i] >= 0 ? newIds[slot[i]] : existing[i]);
    }
    return ids;
  }

  private static Map<Long, Boolean> linked(PlannedNotification n, List<Long> ids) {
    Map<Long, Boolean> out = new LinkedHashMap<>();
    n.steps().forEach(i -> out.put(ids.get(i), Boolean.TRUE));
    return out;
  }

  // ---- the outbox, for the delivery worker

  @Override
  public List<OutboxMessage> due(Instant now, Set<String> busy, int limit) {
    return jdbi
        .withExtension(
            NotificationDao.class, d -> d.dueHeads(now, busy.toArray(String[]::new), limit))
        .stream()
        .map(JdbiAlertStore::message)
        .toList();
  }

  @Override
  public void delivered(OutboxMessage m, Attempt a) {
    jdbi.useTransaction(
        h -> {
          insertAttempt(h, m, a);
          h.attach(NotificationDao.class).finish(m.id(), "DELIVERED", null, 1, a.at());
        });
  }

  @Override
  public void retry(OutboxMessage m, Attempt a, Instant next) {
    String reason = "retrying: " + (a.statusCode() == null ? a.error() : "HTTP " + a.statusCode());
    jdbi.useTransaction(
        h -> {
          insertAttempt(h, m, a);
          h.attach(NotificationDao.class).reschedule(m.id(), 1, next, reason);
        });
  }

  @Override
  public void failed(OutboxMessage m, Attempt a, String reason) {
    jdbi.useTransaction(
        h -> {
          insertAttempt(h, m, a);
          h.attach(NotificationDao.class).finish(m.id(), "FAILED", reason, 1, a.at());
        });
  }

  @Override
  public void undeliverable(OutboxMessage m, Suppression.Undeliverable why, Instant at) {
    jdbi.useExtension(
        NotificationDao.class, d -> d.finish(m.id(), why.status().name(), why.reason(), 0, at));
  }

  @Override
  public void postpone(OutboxMessage m, Instant until) {
    jdbi.useExtension(NotificationDao.class, d -> d.reschedule(m.id(), 0, until, null));
  }

  @Override
  public void receiverStatus(
      String receiver, boolean misconfigured, Integer statusCode, String detail, Instant at) {
    jdbi.useExtension(
        ReceiverStatusDao.class, d -> d.upsert(receiver, misconfigured, statusCode, detail, at));
  }

  @Override
  public Set<String> misconfiguredReceivers() {
    return new HashSet<>(
        jdbi.withExtension(ReceiverStatusDao.class, ReceiverStatusDao::misconfigured));
  }

  private static void insertAttempt(Handle h, OutboxMessage m, Attempt a) {
    h.attach(AttemptDao.class)
        .insert(
            m.id(),
            a.at(),
            a.statusCode(),
            a.latencyMs(),
            a.outcome().name(),
            a.excerpt(),
            a.error());
  }

  private static OutboxMessage message(NotificationRow r) {
    return new OutboxMessage(
        r.id(),
        r.receiver(),
        r.kind() == null ? null : ReceiverKind.parse("kind", r.kind()),
        NotificationEvent.valueOf(r.event()),
        r.orderingKey(),
        r.dedupKey(),
        r.payload(),
        r.attempts(),
        r.createdAt());
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("notification payload cannot be written as JSON", e);
    }
  }
}
