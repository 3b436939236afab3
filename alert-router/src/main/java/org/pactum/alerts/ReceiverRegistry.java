package org.pactum.alerts;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.pactum.alerts.core.ReceiverDirectory;
import org.pactum.alerts.core.ReceiverKind;
import org.pactum.alerts.delivery.Endpoint;
import org.pactum.alerts.delivery.Endpoints;

/**
 * The configured receivers: names and kinds for the router, endpoints (with their secrets) for the
 * delivery worker. Errors name the receiver, never its URL or key.
 */
public final class ReceiverRegistry implements ReceiverDirectory, Endpoints {
  private final Map<String, ReceiverKind> kinds = new HashMap<>();
  private final Map<String, Endpoint> endpoints = new HashMap<>();

  public ReceiverRegistry(
      List<ReceiverConfig> receivers, String pagerdutyBaseUrl, Duration slackMinInterval) {
    URI enqueue = uri("alerts.pagerdutyBaseUrl", stripSlash(pagerdutyBaseUrl) + "/v2/enqueue");
    for (int i = 0; i < receivers.size(); i++) {
      ReceiverConfig r = receivers.get(i);
      String at = "alerts.receivers[" + i + "]";
      if (r.name == null || r.name.isBlank()) {
        throw new IllegalArgumentException(at + ".name is required");
      }
      String name = r.name.trim();
      ReceiverKind kind = ReceiverKind.parse(at + ".type", r.type);
      if (kinds.put(name, kind) != null) {
        throw new IllegalArgumentException(at + ".name: receiver " + name + " is defined twice");
      }
      Duration min =
          r.minInterval != null
              ? r.minInterval.toJavaDuration()
              : kind == ReceiverKind.SLACK ? slackMinInterval : Duration.ZERO;
      switch (kind) {
        case PAGERDUTY -> {
          if (present(r.routingKey)) {
            endpoints.put(name, new Endpoint(name, kind, enqueue, r.routingKey.trim(), null, min));
          }
        }
        case SLACK, WEBHOOK -> {
          if (present(r.url)) {
            URI u = uri(at + ".url (receiver " + name + ")", r.url.trim());
            endpoints.put(
                name, new Endpoint(name, kind, u, null, present(r.secret) ? r.secret : null, min));
          }
        }
      }
    }
  }

  @Override
  public ReceiverKind kind(String name) {
    ReceiverKind k = kinds.get(name);
    return k != null ? k : ReceiverKind.fromName(name);
  }

  @Override
  public boolean hasEndpoint(String name) {
    return endpoints.containsKey(name);
  }

  @Override
  public Optional<Endpoint> find(String receiver) {
    return Optional.ofNullable(endpoints.get(receiver));
  }

  @Override
  public Set<String> names() {
    return Set.copyOf(kinds.keySet());
  }

  private static boolean present(String s) {
    return s != null && !s.isBlank();
  }

  private static String stripSlash(String s) {
    return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
  }

  private static URI uri(String field, String value) {
    try {
      URI u = new URI(value);
      if (!"http".equals(u.getScheme()) && !"https".equals(u.getScheme()) || u.getHost() == null) {
        throw new IllegalArgumentException(field + " must be an http(s) URL");
      }
      return u;
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(field + " is not a valid URL");
    }
  }
}
