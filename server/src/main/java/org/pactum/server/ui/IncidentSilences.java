package org.pactum.server.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.pactum.alerts.core.Incident;
import org.pactum.alerts.core.Matchers;
import org.pactum.alerts.core.Silence;
import org.pactum.alerts.core.SilenceDefinition;

/**
 * The active silences that match an incident. An incident records its contract, check, team and
 * dataset, not the severity or tags of the signals that fed it: a silence that also names those is
 * listed with what else it requires.
 */
public final class IncidentSilences {
  /** A matching silence as the incident page shows it. */
  public record Item(
      long id, String matchers, String until, String by, String comment, String also) {}

  private IncidentSilences() {}

  static List<Item> matching(Incident incident, List<Silence> active) {
    List<Item> out = new ArrayList<>();
    for (Silence s : active) {
      Matchers m = s.matchers();
      boolean holds =
          (m.contract() == null || m.contract().matches(incident.contractId()))
              && (m.check() == null || m.check().matches(incident.check()))
              && (m.team() == null || m.team().equals(incident.team()))
              && (m.dataset() == null
                  || (incident.dataset() != null && m.dataset().matches(incident.dataset())));
      if (holds) {
        out.add(
            new Item(
                s.id(),
                describe(s.definition()),
                UiFormat.minute(s.endsAt()),
                s.createdBy() == null ? "" : s.createdBy(),
                s.comment() == null ? "" : s.comment(),
                also(m)));
      }
    }
    return out;
  }

  /** {@code contract=orders.* severity=critical}. */
  static String describe(SilenceDefinition d) {
    List<String> parts = new ArrayList<>();
    add(parts, "contract", d.contract());
    add(parts, "check", d.check());
    add(parts, "team", d.team());
    add(parts, "dataset", d.dataset());
    if (!d.severities().isEmpty()) {
      parts.add("severity=" + String.join(",", d.severities()));
    }
    if (!d.tags().isEmpty()) {
      parts.add("tags=" + String.join(",", d.tags()));
    }
    return String.join(" ", parts);
  }

  private static void add(List<String> parts, String key, String value) {
    if (value != null && !value.isBlank()) {
      parts.add(key + "=" + value);
    }
  }

  private static String also(Matchers m) {
    List<String> also = new ArrayList<>();
    if (!m.severities().isEmpty()) {
      also.add(
          "severity "
              + m.severities().stream()
                  .map(v -> v.name().toLowerCase(Locale.ROOT))
                  .sorted()
                  .collect(Collectors.joining(" or ")));
    }
    if (!m.tags().isEmpty()) {
      also.add("tags " + m.tags().stream().sorted().collect(Collectors.joining(", ")));
    }
    return also.isEmpty() ? "" : "only signals with " + String.join(" and ", also);
  }
}
