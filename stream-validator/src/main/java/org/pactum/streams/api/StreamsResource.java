package org.pactum.streams.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.pactum.api.ApiErrors;
import org.pactum.api.InvalidInputException;
import org.pactum.api.auth.Action;
import org.pactum.api.auth.authz.Requires;
import org.pactum.api.page.Page;
import org.pactum.api.page.PageRequest;
import org.pactum.api.page.Paging;
import org.pactum.streams.run.ConsumerLag;
import org.pactum.streams.run.DeadLetterTail;
import org.pactum.streams.run.StreamStatus;
import org.pactum.streams.run.StreamValidators;
import org.pactum.streams.run.WindowHistory;

/**
 * {@code GET /api/v1/streams?limit=&next=} — every binding this instance validates (or waits to),
 * by contract id, with its state here, its consumer lag and its last recorded window; {@code GET
 * /api/v1/streams/{contract}?windows=} — one binding with its newest windows (default 60, at most
 * 200); {@code GET /api/v1/streams/{contract}/dead-letters?limit=} — its newest dead letters'
 * reasons (never their keys or values), which needs the right to read failed-row samples. Lag and
 * windows are read from Kafka and the result log, so every instance answers the same; the state is
 * this instance's. With no Kafka configured the list is empty and {@code enabled} false.
 */
@Path("/api/v1/streams")
@Produces(MediaType.APPLICATION_JSON)
public final class StreamsResource {
  static final Paging STREAMS = new Paging("streams", 50, 200);
  private static final int DEFAULT_WINDOWS = 60;
  private static final int MAX_WINDOWS = 200;

  private final Optional<StreamValidators> validators;
  private final WindowHistory windows;
  private final int maxDeadLetters;

  public StreamsResource(
      Optional<StreamValidators> validators, WindowHistory windows, int maxDeadLetters) {
    this.validators = validators;
    this.windows = windows;
    this.maxDeadLetters = maxDeadLetters;
  }

  @GET
  @Requires(Action.READ)
  public StreamJson.StreamList list(
      @QueryParam("limit") String limit, @QueryParam("next") String next) {
    PageRequest page = PageRequest.of(STREAMS, 1, limit, next);
    if (validators.isEmpty()) {
      return new StreamJson.StreamList(false, List.of(), null);
    }
    String after = page.after() == null ? null : page.after().text(0);
    List<StreamStatus> fetched =
        validators.get().status().stream()
            .filter(s -> after == null || s.binding().contractId().compareTo(after) > 0)
            .limit(page.fetchSize())
            .toList();
    Page<StreamStatus> shown =
        page.page("streams", fetched, s -> List.of(s.binding().contractId()));
    return new StreamJson.StreamList(
        true, shown.items().stream().map(s -> json(s, 1, false)).toList(), shown.next());
  }

  @GET
  @Path("/{contract}")
  @Requires(Action.READ)
  public StreamJson.Stream one(
      @PathParam("contract") String contractId, @QueryParam("windows") String count) {
    int n = windowCount(count);
    return json(find(contractId), n, true);
  }

  @GET
  @Path("/{contract}/dead-letters")
  @Requires(Action.READ_PII)
  public StreamJson.DeadLetters deadLetters(
      @PathParam("contract") String contractId, @QueryParam("limit") String limit) {
    StreamStatus s = find(contractId);
    PageRequest page =
        PageRequest.of(new Paging("dead-letters", maxDeadLetters, maxDeadLetters), 1, limit, null);
    String topic = s.binding().deadLetterTopic();
    return new StreamJson.DeadLetters(
        contractId,
        topic,
        new DeadLetterTail(validators.orElseThrow().kafka())
            .newest(topic, page.limit()).stream().map(StreamJson.DeadLetter::of).toList());
  }

  private StreamStatus find(String contractId) {
    return validators
        .flatMap(v -> v.status(contractId))
        .orElseThrow(
            () ->
                new WebApplicationException(
                    ApiErrors.error(
                        404, 40401, "no stream of contract '" + contractId + "' is bound here")));
  }

  private StreamJson.Stream json(StreamStatus s, int windowCount, boolean all) {
    StreamValidators v = validators.orElseThrow();
    String appId = v.kafka().applicationId(s.binding().contractId());
    OptionalLong lag = new ConsumerLag(v).of(appId, s.binding().inputTopic());
    return StreamJson.Stream.of(
        s,
        appId,
        lag.isPresent() ? lag.getAsLong() : null,
        windows.recent(s.binding(), windowCount),
        all);
  }

  private static int windowCount(String value) {
    if (value == null || value.isBlank()) {
      return DEFAULT_WINDOWS;
    }
    try {
      int n = Integer.parseInt(value.strip());
      if (n >= 1 && n <= MAX_WINDOWS) {
        return n;
      }
    } catch (NumberFormatException e) {
      // below
    }
    throw InvalidInputException.parameter(
        "windows", "windows: must be a whole number from 1 to " + MAX_WINDOWS);
  }
}
