package org.pactum.alerts.core;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the API and the UI show: incidents with their transitions and delivery history, silences
 * (which people also write), receivers. Implemented over the store in {@code db}.
 */
public interface AlertsReadModel {
  /** An incident with its transitions and every notification about it with its attempts. */
  record IncidentDetail(
      Incident incident, List<Transition> transitions, List<Delivery> deliveries) {
    public IncidentDetail {
      transitions = List.copyOf(transitions);
      deliveries = List.copyOf(deliveries);
    }
  }

  /** One notification and its attempts. */
  record Delivery(Notification notification, List<Attempt> attempts) {
    public Delivery {
      attempts = List.copyOf(attempts);
    }
  }

  /** An incident with its latest notification, or null when it has none. */
  record IncidentSummary(Incident incident, LastNotification lastNotification) {}

  /** Where an incident listing resumes: after this incident in (latest change, id) order. */
  record IncidentPosition(Instant updatedAt, long id) {
    public static IncidentPosition of(Incident i) {
      return new IncidentPosition(i.updatedAt(), i.id());
    }
  }

  /**
   * Incidents, latest change first (ties by id), after {@code after} (null: from the start).
   *
   * @param state only this state, or null for all
   * @param openOnly only unresolved incidents
   */
  List<Incident> incidents(
      IncidentState state, boolean openOnly, IncidentPosition after, int limit);

  List<Incident> openIncidents();

  /**
   * Incidents for a list page: open ones first (critical, then warning), each with its latest
   * notification.
   *
   * @param state only this state, or null for all
   * @param openOnly only unresolved incidents
   */
  List<IncidentSummary> incidentSummaries(IncidentState state, boolean openOnly, int limit);

  Optional<IncidentDetail> incident(long id);

  List<Silence> silences(Instant now, boolean includeExpired);

  /** Silences, newest first, with an id below {@code beforeId} (null: from the start). */
  List<Silence> silences(Instant now, boolean includeExpired, Long beforeId, int limit);

  Optional<Silence> silence(long id);

  /** Stores a new silence (its id and createdAt are ignored); returns its id. */
  long createSilence(Silence silence);

  /** Replaces a stored silence's definition and times; false when there is none. */
  boolean updateSilence(Silence silence);

  List<ReceiverStatus> receiverStatus();

  int pendingNotifications();
}
