package org.pactum.api.browser;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The browser-safety options, checked.
 *
 * @param hosts the {@code Host} names answered to (the public URL's included)
 * @param origins the origins besides the request's own that may send state-changing requests (the
 *     public URL's included)
 * @param adminTasks whether the admin port's {@code /tasks/*} are served
 */
public record BrowserSettings(HostAllowList hosts, Set<WebOrigin> origins, boolean adminTasks) {
  public BrowserSettings {
    origins = Set.copyOf(origins);
  }

  /**
   * The settings from the {@code edge:} options; fails with an {@link IllegalArgumentException}
   * naming the option when a value is wrong.
   *
   * @param publicUrl Pactum's external address: its host is allowed, its origin too
   * @param allowedHosts host names (any port); an entry may list several, comma-separated; {@code
   *     *} allows every host
   * @param allowedOrigins origins ({@code https://host[:port]}), comma-separated entries allowed
   * @param adminTasks whether the admin port's tasks are served
   */
  public static BrowserSettings of(
      String publicUrl,
      List<String> allowedHosts,
      List<String> allowedOrigins,
      boolean adminTasks) {
    WebOrigin pub = publicOrigin(publicUrl);
    List<String> hostEntries = entries(allowedHosts);
    Set<String> names = new LinkedHashSet<>();
    for (String h : hostEntries) {
      if (!h.equals("*")) {
        names.add(hostName(h));
      }
    }
    names.add(pub.host());
    Set<WebOrigin> origins = new LinkedHashSet<>();
    for (String o : entries(allowedOrigins)) {
      origins.add(
          WebOrigin.parse(o)
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "edge.allowedOrigins: '"
                              + o
                              + "' is not an origin such as https://pactum.example.com")));
    }
    origins.add(pub);
    return new BrowserSettings(
        new HostAllowList(hostEntries.contains("*"), names), origins, adminTasks);
  }

  private static WebOrigin publicOrigin(String publicUrl) {
    IllegalArgumentException wrong =
        new IllegalArgumentException(
            "edge.publicUrl must be an absolute http(s) URL such as https://pactum.example.com");
    if (publicUrl == null || publicUrl.isBlank()) {
      throw wrong;
    }
    try {
      URI u = URI.create(publicUrl.trim());
      if (!"http".equalsIgnoreCase(u.getScheme()) && !"https".equalsIgnoreCase(u.getScheme())) {
        throw wrong;
      }
      return WebOrigin.of(u).orElseThrow(() -> wrong);
    } catch (IllegalArgumentException e) {
      throw wrong;
    }
  }

  private static String hostName(String entry) {
    return HostName.parse(entry)
        .filter(h -> h.port() < 0)
        .map(HostName::host)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "edge.allowedHosts: '"
                        + entry
                        + "' is not a host name without port, such as pactum.example.com or"
                        + " [::1]"));
  }

  /** The entries of a list whose items may each hold several, comma-separated. */
  private static List<String> entries(List<String> items) {
    List<String> out = new ArrayList<>();
    if (items != null) {
      for (String item : items) {
        if (item != null) {
          for (String e : item.split(",")) {
            if (!e.isBlank()) {
              out.add(e.trim());
            }
          }
        }
      }
    }
    return out;
  }
}
