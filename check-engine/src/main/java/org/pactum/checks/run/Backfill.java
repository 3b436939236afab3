package org.pactum.checks.run;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.pactum.checks.core.CheckedContract;
import org.pactum.checks.core.ChecksException;
import org.pactum.checks.core.ChecksException.Reason;
import org.pactum.checks.core.RunId;
import org.pactum.checks.core.RunRequest;
import org.pactum.checks.core.Status;
import org.pactum.checks.core.Trigger;
import org.pactum.checks.plan.LoadScope;
import org.pactum.checks.plan.ScopeException;
import org.pactum.contracts.model.Check;
import org.pactum.contracts.model.DataContract;
import org.pactum.contracts.model.Dataset;
import org.pactum.contracts.model.RowCheck;
import org.pactum.contracts.model.SqlCheck;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Measures a contract's past partitions so its learned baselines need not wait weeks: one check run
 * per UTC day in {@code [from, to)}, with the dataset's {@code load_scope} bound to {@code :since}
 * = the day's start and {@code :until} = its end, of the contract's aggregate checks (row counts,
 * null rates, metrics, drift, freshness; row-level and custom {@code sql} checks judge rows and
 * whole tables, not a day's measurements). Each day is an ordinary run through the {@link
 * RunCoordinator} (one run per table at a time) with trigger {@code backfill}, run id {@code
 * backfill:<contract>:<date>} (a repeat replaces the day, never duplicates it) and its metrics
 * observed at the day's end, so baselines learn the right dates. Days run one after another.
 */
public final class Backfill {
  /** The trigger of backfill runs: they are history, and raise no alerts. */
  public static final Trigger TRIGGER = Trigger.BACKFILL;

  private static final Logger LOG = LoggerFactory.getLogger(Backfill.class);
  private static final Set<String> SCOPE_PARAMS = Set.of("since", "until");

  /** What will run: the contract (its aggregate checks) and the days. */
  public record Plan(CheckedContract contract, LocalDate from, LocalDate to, List<LocalDate> days) {
    public Plan {
      days = List.copyOf(days);
    }
  }

  /**
   * One day's run.
   *
   * @param index 1-based
   * @param error why the run failed as a whole, or null
   */
  public record Day(
      int index, int of, LocalDate date, String runId, Status status, int metrics, String error) {}

  private final RunCoordinator coordinator;
  private final int maxDays;
  private final Clock clock;

  public Backfill(RunCoordinator coordinator, int maxDays, Clock clock) {
    if (maxDays < 1) {
      throw new IllegalArgumentException("maxDays must be at least 1");
    }
    this.coordinator = coordinator;
    this.maxDays = maxDays;
    this.clock = clock;
  }

  /** The deterministic run id of a contract's backfilled day. */
  public static String runId(String contractId, LocalDate day) {
    return "backfill:" + contractId + ":" + day;
  }

  /**
   * A date field ({@code 2026-10-05}).
   *
   * @throws ChecksException {@link Reason#INVALID_FIELD}, naming the field
   */
  public static LocalDate date(String field, String text) {
    try {
      LocalDate day = LocalDate.parse(text.strip());
      if (day.getYear() < 1 || day.getYear() > 9999) {
        throw invalid(field + ": must be a date in the years 1 to 9999");
      }
      return day;
    } catch (DateTimeParseException e) {
      String shown = text.length() <= 40 ? text : text.substring(0, 37) + "...";
      throw invalid(field + ": '" + shown + "' is not a date (YYYY-MM-DD, UTC days)");
    }
  }

  /**
   * Validates a backfill of {@code [from, to)}.
   *
   * @throws ChecksException {@link Reason#NO_DATASET}, or {@link Reason#INVALID_FIELD} naming
   *     {@code to} or {@code dataset.load_scope} or {@code checks}
   */
  public Plan plan(CheckedContract cv, LocalDate from, LocalDate to) {
    DataContract c = cv.contract();
    if (!to.isAfter(from)) {
      throw invalid("to: must be after from (" + from + "); a backfill covers the days [from, to)");
    }
    long count = ChronoUnit.DAYS.between(from, to);
    if (count > maxDays) {
      throw invalid(
          "to: the range has "
              + count
              + " days; one backfill covers at most "
              + maxDays
              + " (checks.maxBackfillDays): split it");
    }
    LocalDate tomorrow = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(1);
    if (to.isAfter(tomorrow)) {
      throw invalid(
          "to: " + to + " is in the future; the latest a backfill may end is " + tomorrow);
    }
    Dataset d = c.dataset();
    if (d == null) {
      throw new ChecksException(
          Reason.NO_DATASET,
          "contract '" + c.id() + "' has no dataset: there is nothing to measure");
    }
    checkScope(c.id(), d.loadScope());
    List<Check> aggregate =
        c.checks().stream()
            .filter(k -> !(k instanceof RowCheck) && !(k instanceof SqlCheck))
            .toList();
    if (aggregate.isEmpty()) {
      throw invalid(
          "checks: contract '"
              + c.id()
              + "' has no aggregate check (row_count, null_rate, a metric, drift, freshness) whose"
              + " history a backfill could fill");
    }
    DataContract only =
        new DataContract(
            c.id(),
            c.version(),
            c.status(),
            c.owner(),
            c.description(),
            c.schema(),
            d,
            aggregate,
            c.pii(),
            c.kafka(),
            c.tags(),
            c.sourceMap());
    List<LocalDate> days = new ArrayList<>();
    for (LocalDate day = from; day.isBefore(to); day = day.plusDays(1)) {
      days.add(day);
    }
    return new Plan(new CheckedContract(only, cv.version(), cv.status()), from, to, days);
  }

  private static void checkScope(String contractId, String loadScope) {
    String example = " e.g. load_scope: \"loaded_at >= :since and loaded_at < :until\"";
    if (loadScope == null || loadScope.isBlank()) {
      throw invalid(
          "dataset.load_scope: contract '"
              + contractId
              + "' has none, so a backfill cannot scope a run to one day; add one that uses"
              + " :since and :until,"
              + example);
    }
    Set<String> names;
    try {
      names = new LinkedHashSet<>(LoadScope.parse(loadScope).parameterNames());
    } catch (ScopeException e) {
      throw invalid(e.getMessage());
    }
    if (!names.contains("since") || !names.contains("until")) {
      throw invalid(
          "dataset.load_scope: must use both :since and :until to scope a run to one day (it uses "
              + (names.isEmpty()
                  ? "neither"
                  : String.join(", ", names.stream().map(n -> ":" + n).toList()))
              + ");"
              + example);
    }
    for (String n : names) {
      if (!SCOPE_PARAMS.contains(n)) {
        throw invalid(
            "dataset.load_scope: uses :"
                + n
                + ", which a backfill has no value for (only :since and"
                + " :until are bound per day)");
      }
    }
  }

  /**
   * Runs the plan's days in order, telling {@code progress} each day once its run has finished (and
   * stopping when {@code progress} throws). A day whose run cannot be submitted (queue full,
   * shutting down, the same day already running) is reported as ERROR and the backfill stops.
   */
  public List<Day> run(Plan plan, Consumer<Day> progress) throws InterruptedException {
    List<Day> done = new ArrayList<>();
    int of = plan.days().size();
    String contractId = plan.contract().contract().id();
    LOG.atInfo()
        .addKeyValue("event", "backfill_started")
        .addKeyValue("contract", contractId)
        .addKeyValue("from", plan.from())
        .addKeyValue("to", plan.to())
        .addKeyValue("days", of)
        .log("backfill started");
    for (int i = 0; i < of; i++) {
      LocalDate date = plan.days().get(i);
      Day day;
      try {
        day = runDay(plan.contract(), date, i + 1, of);
      } catch (ChecksException e) { // not submitted: the coordinator refuses runs for now
        day = new Day(i + 1, of, date, runId(contractId, date), Status.ERROR, 0, e.getMessage());
        done.add(day);
        progress.accept(day);
        break;
      }
      done.add(day);
      progress.accept(day);
    }
    LOG.atInfo()
        .addKeyValue("event", "backfill_finished")
        .addKeyValue("contract", contractId)
        .addKeyValue("days", done.size())
        .addKeyValue("of", of)
        .log("backfill finished");
    return done;
  }

  private Day runDay(CheckedContract cv, LocalDate date, int index, int of)
      throws InterruptedException {
    String runId = runId(cv.contract().id(), date);
    Instant since = date.atStartOfDay(ZoneOffset.UTC).toInstant();
    Instant until = since.plus(Duration.ofDays(1));
    RunRequest request =
        new RunRequest(
            new RunId(runId),
            cv.contract(),
            cv.version(),
            TRIGGER,
            null,
            Map.of("since", since, "until", until),
            until);
    CompletableFuture<RunResult> finished = new CompletableFuture<>();
    coordinator.submit(request, finished::complete);
    RunResult result = await(finished, runId);
    if (result == null) {
      return new Day(
          index,
          of,
          date,
          runId,
          Status.ERROR,
          0,
          "the run failed unexpectedly; see GET /api/v1/runs/" + runId);
    }
    return new Day(
        index, of, date, runId, result.status(), result.metrics().size(), result.run().error());
  }

  /** The run's result, or null when it ended without one (an unexpected failure, a shutdown). */
  private RunResult await(CompletableFuture<RunResult> finished, String runId)
      throws InterruptedException {
    while (true) {
      try {
        return finished.get(200, TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        if (!coordinator.isActive(runId)) {
          return finished.getNow(null);
        }
      } catch (ExecutionException e) {
        return null;
      }
    }
  }

  private static ChecksException invalid(String message) {
    return new ChecksException(Reason.INVALID_FIELD, message);
  }
}
