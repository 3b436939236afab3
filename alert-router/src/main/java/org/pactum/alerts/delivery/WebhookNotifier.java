package org.pactum.alerts.delivery;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.pactum.alerts.core.Incident;
import org.pactum.alerts.core.NotificationEvent;
import org.pactum.alerts.core.ReceiverKind;
import org.pactum.alerts.core.Signal;

/**
 * Pactum's generic webhook JSON; with a secret configured, the request carries {@code
 * X-Pactum-Signature: sha256=<hex>} (HMAC-SHA256 of the body).
 */
public final class WebhookNotifier implements Notifier {
  public static final String SIGNATURE_HEADER = "X-Pactum-Signature";

  private final HttpSender http;

  WebhookNotifier(HttpSender http) {
    this.http = http;
  }

  @Override
  public ReceiverKind kind() {
    return ReceiverKind.WEBHOOK;
  }

  @Override
  public Map<String, Object> payload(
      NotificationEvent event, List<Incident> incidents, List<Signal> signals) {
    List<Object> items = new ArrayList<>();
    for (int n = 0; n < incidents.size(); n++) {
      Incident i = incidents.get(n);
      Signal s = n < signals.size() ? signals.get(n) : null;
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("contract_id", i.contractId());
      item.put("check", i.check());
      item.put("dataset", i.dataset());
      item.put("team", i.team());
      item.put("state", i.state().name());
      item.put("dedup_key", i.dedupKey());
      item.put("consecutive_failures", i.consecutiveFailures());
      item.put("summary", i.summary());
      item.put("run_id", i.lastRunId());
      item.put("link", i.link());
      if (s != null) {
        item.put("status", s.status().name());
        item.put("details", s.details());
      }
      items.add(item);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("event", event.name().toLowerCase(Locale.ROOT));
    body.put("source", "pactum");
    body.put("incidents", items);
    return body;
  }

  @Override
  public SendResult send(OutboxMessage m, Endpoint e) {
    String body = m.payload();
    Map<String, String> headers =
        e.signingSecret() != null && !e.signingSecret().isEmpty()
            ? Map.of(SIGNATURE_HEADER, "sha256=" + sign(e.signingSecret(), body))
            : Map.of();
    return http.post(e, body, headers, Notifier::classify);
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
}
