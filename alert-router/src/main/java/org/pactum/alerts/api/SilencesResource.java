package org.pactum.alerts.api;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.pactum.alerts.core.AlertsException;
import org.pactum.alerts.core.AlertsReadModel;
import org.pactum.alerts.core.Matchers;
import org.pactum.alerts.core.Silence;
import org.pactum.alerts.core.SilenceDefinition;
import org.pactum.api.auth.Action;
import org.pactum.api.auth.authz.Requires;
import org.pactum.api.input.Durations;
import org.pactum.api.input.JsonFields;
import org.pactum.api.input.QueryFlags;
import org.pactum.api.input.Texts;
import org.pactum.api.input.Timestamps;
import org.pactum.api.page.Page;
import org.pactum.api.page.PageRequest;
import org.pactum.api.page.Paging;

/**
 * Silences CRUD under {@code /api/v1/silences}. A silence:
 *
 * <pre>{@code
 * {"matchers": {"contract": "orders.*", "check": "...", "team": "...", "severity": ["critical"],
 *               "dataset": "...", "tags": ["..."]},       // at least one
 *  "starts_at": "2026-03-02T09:00:00Z",                      // default: now
 *  "ends_at": "2026-03-02T11:00:00Z"  or  "duration": "2h",
 *  "created_by": "ana", "comment": "backfill"}
 * }</pre>
 *
 * {@code DELETE} expires a silence (it stays listed with {@code ?expired=true}). {@code GET} lists
 * a page, newest first: {@code limit} 1–500 (default 100), {@code next} the previous page's cursor.
 */
@Path("/api/v1/silences")
@Produces(MediaType.APPLICATION_JSON)
public final class SilencesResource {
  /** The longest a silence may last: a year and a day. */
  public static final Duration MAX_DURATION = Duration.ofDays(366);

  /**
   * The fields a silence body takes: its own, plus those a GET answers with ({@code id}, {@code
   * created_at}, {@code active}), so a silence read can be sent back changed; those are ignored.
   */
  static final Set<String> FIELDS =
      Set.of(
          "matchers",
          "starts_at",
          "ends_at",
          "duration",
          "created_by",
          "comment",
          "id",
          "created_at",
          "active");

  /** {@code GET /api/v1/silences}: 100 a page by default, at most 500. */
  static final Paging PAGING = new Paging("silences", 100, 500);

  static final Set<String> MATCHERS =
      Set.of("contract", "check", "team", "severity", "dataset", "tags");
  private final AlertsReadModel reads;
  private final Clock clock;

  public SilencesResource(AlertsReadModel reads, Clock clock) {
    this.reads = reads;
    this.clock = clock;
  }

  @GET
  @Requires(Action.READ)
  public Page<Json.Silence> list(
      @QueryParam("expired") String expired,
      @QueryParam("limit") String limit,
      @QueryParam("next") String next) {
    boolean withExpired = QueryFlags.parse("expired", expired, false);
    PageRequest page = PageRequest.of(PAGING, 1, limit, next);
    Instant now = clock.instant();
    List<Silence> rows =
        reads.silences(
            now,
            withExpired,
            page.after() == null ? null : page.after().number(0),
            page.fetchSize());
    return page.page("silences", rows, s -> List.of(Long.toString(s.id())))
        .map(s -> Json.Silence.of(s, now));
  }

  @GET
  @Path("/{id}")
  @Requires(Action.READ)
  public Json.Silence get(@PathParam("id") String id) {
    return Json.Silence.of(find(id), clock.instant());
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Requires(Action.SILENCE_MANAGE)
  public Response create(JsonNode body) {
    Instant now = clock.instant();
    Silence silence = parse(Fields.object(body), 0, now, now);
    long id = reads.createSilence(silence);
    Silence stored = reads.silence(id).orElseThrow();
    return Response.created(URI.create("/api/v1/silences/" + id))
        .entity(Json.Silence.of(stored, now))
        .build();
  }

  @PUT
  @Path("/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Requires(Action.SILENCE_MANAGE)
  public Json.Silence update(@PathParam("id") String id, JsonNode body) {
    Silence old = find(id);
    Instant now = clock.instant();
    reads.updateSilence(parse(Fields.object(body), old.id(), now, old.createdAt()));
    return Json.Silence.of(reads.silence(old.id()).orElseThrow(), now);
  }

  @DELETE
  @Path("/{id}")
  @Requires(Action.SILENCE_MANAGE)
  public Response expire(@PathParam("id") String id) {
    Silence s = find(id);
    Instant now = clock.instant();
    if (s.endsAt().isAfter(now)) {
      Instant starts = s.startsAt().isBefore(now) ? s.startsAt() : now.minusMillis(1);
      reads.updateSilence(
          Silence.of(
              s.id(), s.definition(), starts, now, s.createdBy(), s.comment(), s.createdAt()));
    }
    return Response.noContent().build();
  }

  private Silence find(String id) {
    long silence = Fields.id(id, "silence", AlertsException.Reason.UNKNOWN_SILENCE);
    return reads
        .silence(silence)
        .orElseThrow(
            () -> new AlertsException(AlertsException.Reason.UNKNOWN_SILENCE, "no silence " + id));
  }

  static Silence parse(JsonNode body, long id, Instant now, Instant createdAt) {
    JsonFields.only(body, FIELDS);
    JsonNode m = body.get("matchers");
    if (m == null || !m.isObject()) {
      throw AlertsException.invalid(
          "matchers is required: an object with at least one of contract, check, team, severity, dataset, tags");
    }
    JsonFields.only(m, "matchers", MATCHERS);
    String contract = Fields.text(m, "contract", false);
    String check = Fields.text(m, "check", false);
    String team = Fields.text(m, "team", false);
    List<String> severity = Fields.texts(m, "severity");
    String dataset = Fields.text(m, "dataset", false);
    List<String> tags = Fields.texts(m, "tags");
    if (contract == null
        && check == null
        && team == null
        && severity.isEmpty()
        && dataset == null
        && tags.isEmpty()) {
      throw AlertsException.invalid(
          "matchers: at least one of contract, check, team, severity, dataset, tags is required");
    }
    try {
      Matchers.of(contract, check, team, severity, dataset, tags);
    } catch (IllegalArgumentException e) {
      throw AlertsException.invalid("matchers." + e.getMessage());
    }
    Instant starts = Fields.instant(body, "starts_at");
    starts = starts == null ? now.truncatedTo(ChronoUnit.MILLIS) : starts;
    Instant ends = Fields.instant(body, "ends_at");
    String duration = Fields.text(body, "duration", false);
    if (ends == null && duration == null) {
      throw AlertsException.invalid("ends_at or duration is required");
    }
    if (ends == null) {
      Duration d;
      try {
        d = io.dropwizard.util.Duration.parse(duration).toJavaDuration();
      } catch (IllegalArgumentException | ArithmeticException e) {
        throw AlertsException.invalid(
            "duration must look like 30m, 2h or 1d, not '" + Texts.printable(duration) + "'");
      }
      Durations.check("duration", d, MAX_DURATION);
      ends = Timestamps.check("ends_at", starts.plus(d));
    }
    if (!ends.isAfter(starts)) {
      throw AlertsException.invalid("ends_at must be after starts_at");
    }
    if (Duration.between(starts, ends).compareTo(MAX_DURATION) > 0) {
      throw AlertsException.invalid(
          "a silence lasts at most " + Durations.describe(MAX_DURATION) + "; ends_at is later");
    }
    SilenceDefinition definition =
        new SilenceDefinition(
            contract,
            check,
            team,
            severity.stream().map(s -> s.trim().toLowerCase(Locale.ROOT)).toList(),
            dataset,
            tags);
    return Silence.of(
        id,
        definition,
        starts,
        ends,
        Fields.text(body, "created_by", true),
        Fields.text(body, "comment", false),
        createdAt);
  }
}
