package org.pactum.checks.run;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pactum.checks.core.ChecksException;
import org.pactum.checks.core.ChecksException.Reason;
import org.pactum.checks.plan.LoadScope;
import org.pactum.checks.plan.ScopeException;
import org.pactum.contracts.model.Dataset;

/**
 * Validates a run request's scope parameters against the dataset's {@code load_scope} before the
 * run is queued, so a caller learns at once (naming the field) what a run would only report as an
 * ERROR later:
 *
 * <ul>
 *   <li>names: {@code since}, {@code until}, {@code load_id}, and any other name the {@code
 *       load_scope} uses; anything else is unknown;
 *   <li>{@code since} and {@code until} are ISO-8601 timestamps with an offset ({@code
 *       2026-11-01T00:00:00Z}) and become {@link Instant}s (bound as {@code timestamptz}); {@code
 *       until} must be after {@code since};
 *   <li>other values are strings, numbers or booleans;
 *   <li>every name the {@code load_scope} uses must have a value ({@code load_id} may come from the
 *       request's {@code load_id}).
 * </ul>
 */
public final class RunParameters {
  /** Names accepted for every dataset. */
  private static final Set<String> STANDARD = Set.of("since", "until", "load_id");

  private static final int MAX_TEXT = 1000;

  private RunParameters() {}

  /**
   * The validated parameters, timestamps parsed.
   *
   * @throws ChecksException {@link Reason#INVALID_FIELD}, naming {@code params.<name>}
   */
  public static Map<String, Object> validate(
      Dataset dataset, Map<String, Object> params, String loadId) {
    Map<String, Object> in = params == null ? Map.of() : params;
    Set<String> scopeNames = scopeNames(dataset);
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : in.entrySet()) {
      String name = e.getKey();
      String field = "params." + name;
      if (!STANDARD.contains(name) && !scopeNames.contains(name)) {
        throw invalid(
            field
                + ": unknown parameter; "
                + (scopeNames.isEmpty()
                    ? "the dataset has no load_scope, and the accepted names are since, until and"
                        + " load_id"
                    : "the dataset's load_scope uses "
                        + names(scopeNames)
                        + ", and since, until and load_id are always accepted"));
      }
      Object v = e.getValue();
      if (v == null) {
        throw invalid(field + ": must have a value (omit the parameter instead of sending null)");
      }
      if (name.equals("since") || name.equals("until")) {
        out.put(name, timestamp(field, v));
      } else if (v instanceof String s) {
        if (s.length() > MAX_TEXT) {
          throw invalid(field + ": longer than " + MAX_TEXT + " characters");
        }
        out.put(name, s);
      } else if (v instanceof Number || v instanceof Boolean) {
        out.put(name, v);
      } else {
        throw invalid(field + ": must be a string, a number or a boolean");
      }
    }
    if (out.get("since") instanceof Instant since
        && out.get("until") instanceof Instant until
        && !until.isAfter(since)) {
      throw invalid("params.until: must be after params.since");
    }
    for (String required : scopeNames) {
      boolean given = out.containsKey(required) || (required.equals("load_id") && loadId != null);
      if (!given) {
        throw invalid(
            "params."
                + required
                + ": required, because the dataset's load_scope uses :"
                + required
                + (required.equals("load_id") ? " (or give the request's load_id)" : ""));
      }
    }
    return out;
  }

  private static Set<String> scopeNames(Dataset dataset) {
    if (dataset == null || dataset.loadScope() == null || dataset.loadScope().isBlank()) {
      return Set.of();
    }
    try {
      return new LinkedHashSet<>(LoadScope.parse(dataset.loadScope()).parameterNames());
    } catch (ScopeException e) {
      return Set.of(); // a broken load_scope is the run's ERROR, reported with its own message
    }
  }

  /** The range of times a parameter may hold: years 1–9999, inside PostgreSQL's. */
  static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");

  static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999Z");

  private static Instant timestamp(String field, Object v) {
    if (v instanceof String s) {
      Instant at = null;
      try {
        at = OffsetDateTime.parse(s.strip()).toInstant();
      } catch (DateTimeParseException e) {
        // fall through
      }
      if (at != null && (at.isBefore(EARLIEST) || at.isAfter(LATEST))) {
        throw invalid(field + ": must be a time in the years 1 to 9999");
      }
      if (at != null) {
        return at;
      }
    }
    throw invalid(
        field
            + ": '"
            + abbreviate(String.valueOf(v))
            + "' is not an ISO-8601 timestamp with an offset (e.g. 2026-11-01T00:00:00Z)");
  }

  private static String names(Set<String> names) {
    List<String> list = names.stream().map(n -> ":" + n).toList();
    return String.join(", ", list);
  }

  private static String abbreviate(String s) {
    return s.length() <= 60 ? s : s.substring(0, 57) + "...";
  }

  private static ChecksException invalid(String message) {
    return new ChecksException(Reason.INVALID_FIELD, message);
  }
}
