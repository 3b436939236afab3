package org.pactum.checks.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.pactum.api.auth.Action;
import org.pactum.api.auth.authz.Requires;
import org.pactum.checks.core.CheckedContract;
import org.pactum.checks.core.ChecksException;
import org.pactum.checks.core.ChecksException.Reason;
import org.pactum.checks.core.ContractSource;
import org.pactum.checks.run.Backfill;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /api/v1/contracts/{id}/backfill {"from": "2026-10-01", "to": "2026-10-31"}}: measures
 * the contract's past UTC days {@code [from, to)} (see {@link Backfill}). Validation failures
 * answer 404/422 JSON at once; an accepted backfill answers 200 with {@code application/x-ndjson},
 * one JSON object a line as each day finishes ({@code {"day": 5, "of": 30, "date": "2026-10-05",
 * "run_id": …, "status": …, "metrics": n}}) and a summary line ({@code "done": true}).
 *
 * <p>Synchronous, streamed: the days run one after another on the table anyway, each day is a
 * stored run (a repeat backfill replaces it), so there is no job state to keep or lose, and the
 * caller sees progress as it happens. A caller that disconnects stops the backfill after the
 * running day.
 */
@Path("/api/v1/contracts/{id}/backfill")
public final class BackfillResource {
  static final String NDJSON = "application/x-ndjson";
  private static final Logger LOG = LoggerFactory.getLogger(BackfillResource.class);
  private static final List<String> FIELDS = List.of("from", "to");

  private final ContractSource contracts;
  private final Backfill backfill;
  private final ObjectMapper json = new ObjectMapper();

  public BackfillResource(ContractSource contracts, Backfill backfill) {
    this.contracts = contracts;
    this.backfill = backfill;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces({NDJSON, MediaType.APPLICATION_JSON})
  @Requires(Action.BACKFILL)
  public Response backfill(@PathParam("id") String contractId, JsonNode body) {
    JsonBodies.requireObject(body, "{\"from\": \"YYYY-MM-DD\", \"to\": \"YYYY-MM-DD\"}", FIELDS);
    LocalDate from = Backfill.date("from", text(body, "from"));
    LocalDate to = Backfill.date("to", text(body, "to"));
    CheckedContract cv =
        contracts
            .find(contractId)
            .orElseThrow(
                () ->
                    new ChecksException(
                        Reason.UNKNOWN_CONTRACT,
                        "contract '" + contractId + "' is not in the catalog"))
            .requireChecked();
    Backfill.Plan plan = backfill.plan(cv, from, to);
    StreamingOutput stream = out -> write(backfill, plan, out);
    return Response.ok(stream, NDJSON).build();
  }

  private void write(Backfill backfill, Backfill.Plan plan, OutputStream out) throws IOException {
    Map<String, Integer> counts = new TreeMap<>();
    List<Backfill.Day> days;
    try {
      days =
          backfill.run(
              plan,
              day -> {
                counts.merge(day.status().name(), 1, Integer::sum);
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("day", day.index());
                line.put("of", day.of());
                line.put("date", day.date().toString());
                line.put("run_id", day.runId());
                line.put("status", day.status().name());
                line.put("metrics", day.metrics());
                if (day.error() != null) {
                  line.put("error", day.error());
                }
                try {
                  line(out, line);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    } catch (UncheckedIOException e) {
      LOG.atInfo()
          .addKeyValue("event", "backfill_abandoned")
          .addKeyValue("contract", plan.contract().contract().id())
          .addKeyValue("reason", "client_disconnected")
          .log("backfill abandoned");
      return;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    }
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("done", true);
    summary.put("contract", plan.contract().contract().id());
    summary.put("from", plan.from().toString());
    summary.put("to", plan.to().toString());
    summary.put("days", days.size());
    summary.put("of", plan.days().size());
    summary.put("statuses", counts);
    line(out, summary);
  }

  private void line(OutputStream out, Map<String, Object> line) throws IOException {
    out.write(json.writeValueAsString(line).getBytes(StandardCharsets.UTF_8));
    out.write('\n');
    out.flush();
  }

  private static String text(JsonNode body, String field) {
    JsonNode v = body.get(field);
    if (v == null || v.isNull()) {
      throw invalid(field + ": required (YYYY-MM-DD)");
    }
    if (!v.isTextual()) {
      throw invalid(field + ": must be a date string (YYYY-MM-DD)");
    }
    return v.asText();
  }

  private static ChecksException invalid(String message) {
    return JsonBodies.invalid(message);
  }
}
