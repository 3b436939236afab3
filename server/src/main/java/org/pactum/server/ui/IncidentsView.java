package org.pactum.server.ui;

import io.dropwizard.views.common.View;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.pactum.alerts.core.AlertsReadModel.IncidentSummary;
import org.pactum.alerts.core.Incident;
import org.pactum.alerts.core.IncidentState;
import org.pactum.alerts.core.LastNotification;

/** The incident list, {@code templates/incidents.ftlh}: open incidents first. */
public final class IncidentsView extends View {
  /** The state filters the page offers, in the order of its tabs ("" is all). */
  static final List<String> FILTERS = List.of("", "open", "warning", "critical", "resolved");

  /** One incident as the list shows it. */
  public record Item(
      long id,
      String contractId,
      boolean contractKnown,
      String check,
      String dataset,
      String state,
      String since,
      int consecutiveFailures,
      String lastNotifiedAt,
      String lastNotification) {}

  private final List<Item> incidents;
  private final String filter;
  private final String error;

  private IncidentsView(List<Item> incidents, String filter, String error) {
    super("/templates/incidents.ftlh", StandardCharsets.UTF_8);
    this.incidents = incidents;
    this.filter = filter;
    this.error = error;
  }

  /**
   * @param knownContracts the catalog's contract ids: those get a link to their page
   */
  static IncidentsView of(List<IncidentSummary> rows, String filter, Set<String> knownContracts) {
    return new IncidentsView(rows.stream().map(r -> item(r, knownContracts)).toList(), filter, "");
  }

  /** The page for a filter it does not know: no incidents, the error. */
  static IncidentsView badFilter(String filter) {
    return new IncidentsView(
        List.of(),
        "",
        "Unknown state '"
            + filter
            + "': use open, warning, critical or resolved, or no state for all.");
  }

  /** The filter as the page knows it (lower case), or empty for one it does not. */
  static Optional<String> filter(String state) {
    String s = state == null ? "" : state.trim().toLowerCase(Locale.ROOT);
    return FILTERS.contains(s) ? Optional.of(s) : Optional.empty();
  }

  static Item item(IncidentSummary s, Set<String> knownContracts) {
    Incident i = s.incident();
    return new Item(
        i.id(),
        i.contractId(),
        knownContracts.contains(i.contractId()),
        i.check(),
        i.dataset() == null ? "" : i.dataset(),
        i.state().name(),
        UiFormat.minute(i.state() == IncidentState.RESOLVED ? i.resolvedAt() : i.openedAt()),
        i.consecutiveFailures(),
        s.lastNotification() == null ? "" : UiFormat.minute(s.lastNotification().createdAt()),
        lastNotification(s.lastNotification()));
  }

  /** {@code slack:#checkout-data · open DELIVERED}, or empty. */
  static String lastNotification(LastNotification n) {
    if (n == null) {
      return "";
    }
    return n.receiver() + " · " + n.event().name().toLowerCase(Locale.ROOT) + " " + n.status();
  }

  public List<Item> getIncidents() {
    return incidents;
  }

  public String getFilter() {
    return filter;
  }

  public List<String> getFilters() {
    return FILTERS;
  }

  public String getError() {
    return error;
  }
}
