package org.pactum.server.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.pactum.alerts.core.Matchers;
import org.pactum.alerts.core.Silence;
import org.pactum.alerts.db.IncidentRow;
import org.pactum.alerts.db.SilenceRow;
import org.pactum.alerts.db.Silences;

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

  static List<Item> matching(IncidentRow incident, List<SilenceRow> active) {
    List<Item> out = new ArrayList<>();
    for (SilenceRow row : active) {
      Silence s = Silences.toSilence(row);
      Matchers m = s.matchers();
      boolean holds =
          (m.contract() == null || m.contract().matches(incident.contractId()))
              && (m.check() == null || m.check().matches(incident.checkName()))
              && (m.team() == null || m.team().equals(incident.team()))
              && (m.dataset() == null
                  || (incident.dataset() != null && m.dataset().matches(incident.dataset())));
      if (holds) {
        out.add(
            new Item(
                row.id(),
                describe(row),
                UiFormat.minute(row.endsAt()),
                row.createdBy() == null ? "" : row.createdBy(),
                row.comment() == null ? "" : row.comment(),
                also(m)));
      }
    }
    return out;
  }

  /** {@code contract=orders.* severity=critical}. */
  static String describe(SilenceRow r) {
    List<String> parts = new ArrayList<>();
    add(parts, "contract", r.contract());
    add(parts, "check", r.checkName());
    add(parts, "team", r.team());
    add(parts, "dataset", r.dataset());
    if (r.severities() != null && r.severities().length > 0) {
      parts.add("severity=" + String.join(",", r.severities()));
    }
    if (r.tags() != null && r.tags().length > 0) {
      parts.add("tags=" + String.join(",", r.tags()));
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
