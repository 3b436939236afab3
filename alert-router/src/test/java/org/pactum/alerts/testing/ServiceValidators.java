package org.pactum.alerts.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.pactum.testsupport.RecordingHttpReceiver.Recorded;
import org.pactum.testsupport.RecordingHttpReceiver.Reply;

/**
 * Responders for {@link org.pactum.testsupport.RecordingHttpReceiver} that check bodies the way the
 * real services do and answer like them: PagerDuty Events API v2 (202, or 400 "invalid event") and
 * Slack incoming webhooks (200 "ok", or 400 "invalid_blocks" / "no_text"). Every problem is kept,
 * so a test can assert there were none.
 */
public final class ServiceValidators {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> ACTIONS = Set.of("trigger", "acknowledge", "resolve");
  private static final Set<String> SEVERITIES = Set.of("critical", "error", "warning", "info");
  private static final Set<String> BLOCKS = Set.of("header", "section", "context", "divider");

  public final List<String> problems = new CopyOnWriteArrayList<>();

  /** PagerDuty's {@code POST /v2/enqueue}. */
  public Function<Recorded, Reply> pagerDuty() {
    return r -> {
      List<String> p = pagerDutyProblems(r.body());
      if (!p.isEmpty()) {
        problems.addAll(p);
        return Reply.status(
            400,
            "{\"status\":\"invalid event\",\"message\":\"Event object is invalid\",\"errors\":"
                + quote(p)
                + "}");
      }
      return Reply.status(
          202, "{\"status\":\"success\",\"message\":\"Event processed\",\"dedup_key\":\"x\"}");
    };
  }

  /** A Slack incoming webhook. */
  public Function<Recorded, Reply> slack() {
    return r -> {
      List<String> p = slackProblems(r.body());
      if (!p.isEmpty()) {
        problems.addAll(p);
        return Reply.status(400, "invalid_blocks");
      }
      return Reply.status(200, "ok");
    };
  }

  public static List<String> pagerDutyProblems(String body) {
    List<String> p = new ArrayList<>();
    JsonNode n;
    try {
      n = JSON.readTree(body);
    } catch (Exception e) {
      return List.of("body is not JSON");
    }
    if (!n.path("routing_key").isTextual() || n.path("routing_key").asText().isEmpty()) {
      p.add("routing_key missing");
    }
    String action = n.path("event_action").asText("");
    if (!ACTIONS.contains(action)) {
      p.add("event_action must be trigger, acknowledge or resolve: " + action);
    }
    String dedup = n.path("dedup_key").asText("");
    if (dedup.length() > 255) {
      p.add("dedup_key longer than 255");
    }
    if (!action.equals("trigger")) {
      if (dedup.isEmpty()) {
        p.add("dedup_key required for " + action);
      }
      return p;
    }
    JsonNode payload = n.path("payload");
    String summary = payload.path("summary").asText("");
    if (summary.isEmpty() || summary.length() > 1024) {
      p.add("payload.summary must be 1..1024 characters");
    }
    if (payload.path("source").asText("").isEmpty()) {
      p.add("payload.source missing");
    }
    if (!SEVERITIES.contains(payload.path("severity").asText(""))) {
      p.add("payload.severity invalid");
    }
    if (payload.has("timestamp")) {
      try {
        OffsetDateTime.parse(payload.path("timestamp").asText());
      } catch (Exception e) {
        p.add("payload.timestamp is not ISO 8601");
      }
    }
    if (payload.has("custom_details") && !payload.path("custom_details").isObject()) {
      p.add("payload.custom_details must be an object");
    }
    for (JsonNode link : n.path("links")) {
      if (!link.path("href").isTextual()) {
        p.add("links[].href missing");
      }
    }
    return p;
  }

  public static List<String> slackProblems(String body) {
    List<String> p = new ArrayList<>();
    JsonNode n;
    try {
      n = JSON.readTree(body);
    } catch (Exception e) {
      return List.of("body is not JSON");
    }
    if (n.path("text").asText("").isEmpty()) {
      p.add("text fallback missing");
    }
    JsonNode blocks = n.path("blocks");
    if (blocks.size() > 50) {
      p.add("more than 50 blocks");
    }
    for (JsonNode b : blocks) {
      String type = b.path("type").asText("");
      if (!BLOCKS.contains(type)) {
        p.add("unknown block type " + type);
      }
      if (type.equals("header")) {
        JsonNode t = b.path("text");
        if (!t.path("type").asText().equals("plain_text")
            || t.path("text").asText().length() > 150) {
          p.add("header must be plain_text of at most 150 characters");
        }
      }
      if (type.equals("section")) {
        if (b.path("text").path("text").asText("").length() > 3000) {
          p.add("section text longer than 3000");
        }
        if (b.path("fields").size() > 10) {
          p.add("more than 10 fields");
        }
        for (JsonNode f : b.path("fields")) {
          if (f.path("text").asText("").length() > 2000) {
            p.add("field longer than 2000");
          }
        }
      }
      if (type.equals("context") && b.path("elements").size() > 10) {
        p.add("more than 10 context elements");
      }
    }
    return p;
  }

  private static String quote(List<String> p) {
    try {
      return JSON.writeValueAsString(p);
    } catch (Exception e) {
      return "[]";
    }
  }
}
