package org.pactum.alerts.core;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where incidents, silences and the outbox live, as the router needs them. */
public interface AlertStore {
  /** The open incidents of these contracts. */
  Map<IncidentKey, Incident> openIncidents(Collection<String> contractIds);

  List<Incident> openIncidents();

  Optional<Incident> incident(long id);

  List<Silence> activeSilences(Instant now);

  /**
   * Writes a plan in one transaction: the incidents, their transitions and the outbox rows.
   *
   * @return the incident id of each step, in order
   */
  List<Long> apply(Plan plan, Instant now);
}
