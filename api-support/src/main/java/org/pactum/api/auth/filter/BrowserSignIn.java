package org.pactum.api.auth.filter;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Where a browser without a session is sent: a page request ({@code GET} or {@code HEAD}) under the
 * UI's prefix is redirected (303) to the sign-in page, which brings the person back to the page
 * afterwards; every other request keeps its 401. {@link #none()}: no page redirects (an API-only
 * application).
 *
 * @param uiPrefix the UI's paths ({@code /ui}: itself and everything below it)
 * @param signInPage the sign-in page ({@code /ui/login}), a public path
 */
public record BrowserSignIn(String uiPrefix, String signInPage) {
  private static final Set<String> PAGE_METHODS = Set.of("GET", "HEAD");

  /** The UI under {@code /ui}, its sign-in page {@code /ui/login}. */
  public static BrowserSignIn ui() {
    return new BrowserSignIn("/ui", "/ui/login");
  }

  /** No redirects. */
  public static BrowserSignIn none() {
    return new BrowserSignIn("", "");
  }

  /** Whether this request (path with its leading {@code /}) is a page a browser is sent from. */
  boolean redirects(String method, String path) {
    return !uiPrefix.isEmpty()
        && PAGE_METHODS.contains(method)
        && (path.equals(uiPrefix) || path.startsWith(uiPrefix + "/"));
  }

  /** The sign-in page, told where to come back to ({@code path?query}, a local path). */
  URI signInFor(String pathAndQuery) {
    return URI.create(
        signInPage + "?next=" + URLEncoder.encode(pathAndQuery, StandardCharsets.UTF_8));
  }
}
