package org.pactum.server.ui;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import org.pactum.api.auth.Action;
import org.pactum.api.auth.authz.Authorization;
import org.pactum.api.auth.authz.Requires;
import org.pactum.streams.run.ConsumerLag;
import org.pactum.streams.run.DeadLetterSample;
import org.pactum.streams.run.DeadLetterTail;
import org.pactum.streams.run.StreamStatus;
import org.pactum.streams.run.StreamValidators;
import org.pactum.streams.run.WindowHistory;
import org.pactum.streams.run.WindowSummary;

/**
 * {@code /ui/streams}: the bindings validated here, and {@code /ui/streams/{contract}}: one
 * stream's valid and dead-lettered records per window (inline SVG, the last {@value #WINDOWS}
 * windows) and its newest dead letters' reasons — shown only to viewers who may read failed-row
 * samples; the reasons' values were masked for PII when they were written, and keys and values are
 * never shown.
 */
@Path("/ui/streams")
@Produces(MediaType.TEXT_HTML)
public final class StreamsUiResource {
  static final int WINDOWS = 60;

  private final Optional<StreamValidators> validators;
  private final WindowHistory history;
  private final int deadLetters;

  public StreamsUiResource(
      Optional<StreamValidators> validators, WindowHistory history, int deadLetters) {
    this.validators = validators;
    this.history = history;
    this.deadLetters = deadLetters;
  }

  @GET
  @Requires(Action.READ)
  public StreamsView list() {
    List<StreamsView.StreamRow> rows = new ArrayList<>();
    validators.ifPresent(
        v -> v.status().forEach(s -> rows.add(row(v, s, history.recent(s.binding(), 1)))));
    return new StreamsView(validators.isPresent(), rows);
  }

  @GET
  @Path("/{contract}")
  @Requires(Action.READ)
  public Response one(@Context SecurityContext security, @PathParam("contract") String contractId) {
    Optional<StreamStatus> found = validators.flatMap(v -> v.status(contractId));
    if (found.isEmpty()) {
      return Response.status(404)
          .entity(new NotFoundView("No stream of contract " + contractId + " is bound here."))
          .build();
    }
    StreamValidators v = validators.get();
    StreamStatus s = found.get();
    List<WindowSummary> windows = history.recent(s.binding(), WINDOWS);
    boolean samples = Authorization.may(security, Action.READ_PII);
    List<StreamView.DeadLetterRow> letters = new ArrayList<>();
    if (samples) {
      for (DeadLetterSample d :
          new DeadLetterTail(v.kafka()).newest(s.binding().deadLetterTopic(), deadLetters)) {
        letters.add(
            new StreamView.DeadLetterRow(
                UiFormat.second(d.timestamp()),
                d.about().getOrDefault("topic", "?")
                    + "/"
                    + d.about().getOrDefault("partition", "?")
                    + "@"
                    + d.about().getOrDefault("offset", "?"),
                String.join(
                        " ",
                        d.about().getOrDefault("producer.service.id", ""),
                        d.about().getOrDefault("producer.deployment.hash", ""))
                    .strip(),
                d.reasons()));
      }
    }
    return Response.ok(
            new StreamView(
                row(v, s, windows),
                StreamBars.of(windows),
                windows.stream()
                    .map(
                        w ->
                            new StreamView.WindowRow(
                                UiFormat.second(w.start()),
                                w.runId(),
                                w.status(),
                                w.records(),
                                w.passed(),
                                w.deadLettered(),
                                w.erased(),
                                w.undecodable().entrySet().stream()
                                    .map(e -> e.getKey() + " " + e.getValue())
                                    .collect(Collectors.joining(", "))))
                    .toList(),
                samples,
                letters))
        .build();
  }

  private static StreamsView.StreamRow row(
      StreamValidators v, StreamStatus s, List<WindowSummary> windows) {
    OptionalLong lag =
        new ConsumerLag(v)
            .of(v.kafka().applicationId(s.binding().contractId()), s.binding().inputTopic());
    Optional<WindowSummary> last = windows.stream().findFirst();
    return new StreamsView.StreamRow(
        s.binding().contractId(),
        s.binding().inputTopic(),
        s.binding().validTopic(),
        s.binding().deadLetterTopic(),
        s.state().name(),
        s.detail() == null ? "" : s.detail(),
        lag.isPresent() ? Long.toString(lag.getAsLong()) : "unknown",
        last.map(w -> UiFormat.second(w.start())).orElse(""),
        last.map(WindowSummary::records).orElse(0L),
        last.map(WindowSummary::passed).orElse(0L),
        last.map(WindowSummary::deadLettered).orElse(0L),
        last.map(WindowSummary::status).orElse(""));
  }
}
