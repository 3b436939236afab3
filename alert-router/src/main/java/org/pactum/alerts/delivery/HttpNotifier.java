package org.pactum.alerts.delivery;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.pactum.alerts.core.ReceiverKind;

/**
 * Sends one outbox message over HTTP (the JDK client) and classifies the answer: 2xx delivered;
 * 408, 429 and 5xx (and no answer) retried, honouring {@code Retry-After}; any other 4xx permanent.
 * PagerDuty gets its {@code routing_key} added here; a webhook gets {@code X-Pactum-Signature:
 * sha256=<hex>} (HMAC-SHA256 of the body) when a secret is configured.
 */
public final class HttpNotifier {
  public static final String SIGNATURE_HEADER = "X-Pactum-Signature";

  private final HttpClient client;
  private final Duration timeout;
  private final ObjectMapper json = new ObjectMapper();

  public HttpNotifier(Duration timeout) {
    this.timeout = timeout;
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(timeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  public SendResult send(OutboxMessage m, Endpoint e) {
    String body;
    try {
      body = body(m, e);
    } catch (IOException ex) {
      return new SendResult(
          SendResult.PERMANENT, null, 0, null, "stored payload is not JSON", null);
    }
    HttpRequest.Builder request =
        HttpRequest.newBuilder(e.uri())
            .timeout(timeout)
            .header("Content-Type", "application/json")
            .header("User-Agent", "Pactum-alert-router")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (e.kind() == ReceiverKind.WEBHOOK
        && e.signingSecret() != null
        && !e.signingSecret().isEmpty()) {
      request.header(SIGNATURE_HEADER, "sha256=" + sign(e.signingSecret(), body));
    }
    long start = System.nanoTime();
    try {
      HttpResponse<String> r = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      long ms = (System.nanoTime() - start) / 1_000_000;
      int code = r.statusCode();
      String excerpt = Redactor.excerpt(r.body(), e);
      Duration retryAfter = retryAfter(r.headers().firstValue("Retry-After").orElse(null));
      String outcome =
          code / 100 == 2
              ? SendResult.DELIVERED
              : code == 408 || code == 429 || code >= 500 ? SendResult.RETRY : SendResult.PERMANENT;
      return new SendResult(outcome, code, ms, excerpt, null, retryAfter);
    } catch (HttpConnectTimeoutException ex) {
      return network(start, "connect timed out");
    } catch (HttpTimeoutException ex) {
      return network(start, "request timed out");
    } catch (IOException ex) {
      // the message of a JDK network exception may name the host; keep only its kind
      return network(start, "network error: " + ex.getClass().getSimpleName());
    } catch (InterruptedException ex) {
      Thread.currentThread().interrupt();
      return network(start, "interrupted");
    }
  }

  private static SendResult network(long start, String error) {
    return new SendResult(
        SendResult.RETRY, null, (System.nanoTime() - start) / 1_000_000, null, error, null);
  }

  private String body(OutboxMessage m, Endpoint e) throws IOException {
    if (e.kind() != ReceiverKind.PAGERDUTY) {
      return m.payload();
    }
    ObjectNode stored = (ObjectNode) json.readTree(m.payload());
    ObjectNode out = json.createObjectNode();
    out.put("routing_key", e.routingKey());
    out.setAll(stored);
    return json.writeValueAsString(out);
  }

  /** {@code HMAC-SHA256(secret, body)} as lower-case hex. */
  public static String sign(String secret, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException | InvalidKeyException ex) {
      throw new IllegalStateException("HmacSHA256 unavailable", ex);
    }
  }

  /** Seconds or an HTTP date; null when absent or unreadable. */
  static Duration retryAfter(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Duration.ofSeconds(Math.max(0, Long.parseLong(value.trim())));
    } catch (NumberFormatException notSeconds) {
      try {
        ZonedDateTime at = ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME);
        Duration d = Duration.between(ZonedDateTime.now(at.getZone()), at);
        return d.isNegative() ? Duration.ZERO : d;
      } catch (RuntimeException unreadable) {
        return null;
      }
    }
  }
}
