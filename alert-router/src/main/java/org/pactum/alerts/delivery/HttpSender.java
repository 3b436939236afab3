package org.pactum.alerts.delivery;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.function.IntFunction;
import org.pactum.alerts.core.DeliveryOutcome;

/**
 * The transport the notifiers share: POSTs a JSON body (the JDK client, no redirects) and turns the
 * answer into a {@link SendResult} with the notifier's classification of the status code. Network
 * failures are retried; their messages (which may name the host) are never kept.
 */
final class HttpSender {
  private final HttpClient client;
  private final Duration timeout;

  HttpSender(Duration timeout) {
    this.timeout = timeout;
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(timeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  SendResult post(
      Endpoint e, String body, Map<String, String> headers, IntFunction<DeliveryOutcome> classify) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(e.uri())
            .timeout(timeout)
            .header("Content-Type", "application/json")
            .header("User-Agent", "Pactum-alert-router")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    headers.forEach(request::header);
    long start = System.nanoTime();
    try {
      HttpResponse<String> r = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      long ms = (System.nanoTime() - start) / 1_000_000;
      int code = r.statusCode();
      String excerpt = Redactor.excerpt(r.body(), e);
      Duration retryAfter = retryAfter(r.headers().firstValue("Retry-After").orElse(null));
      return new SendResult(classify.apply(code), code, ms, excerpt, null, retryAfter);
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

  /** What a message whose stored body cannot be read comes to: never retried. */
  static SendResult unreadablePayload() {
    return new SendResult(
        DeliveryOutcome.PERMANENT, null, 0, null, "stored payload is not JSON", null);
  }

  private static SendResult network(long start, String error) {
    return new SendResult(
        DeliveryOutcome.RETRY, null, (System.nanoTime() - start) / 1_000_000, null, error, null);
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
