package org.pactum.api.auth.filter;

import java.util.Set;

/**
 * The paths anyone may request without credentials (the UI's sign-in page and assets, say): each
 * prefix matches itself and every path below it ({@code /ui/assets} matches {@code
 * /ui/assets/app.css}, not {@code /ui/assetsX}).
 */
public record PublicPaths(Set<String> prefixes) {
  public PublicPaths {
    for (String p : prefixes) {
      if (!p.startsWith("/") || (p.length() > 1 && p.endsWith("/"))) {
        throw new IllegalArgumentException(
            "a public path starts with '/' and does not end with one: " + p);
      }
    }
    prefixes = Set.copyOf(prefixes);
  }

  /** No path is public. */
  public static PublicPaths none() {
    return new PublicPaths(Set.of());
  }

  public static PublicPaths of(String... prefixes) {
    return new PublicPaths(Set.of(prefixes));
  }

  /** Whether a path (with its leading {@code /}) is public. */
  public boolean matches(String path) {
    for (String p : prefixes) {
      if (path.equals(p) || p.equals("/") || path.startsWith(p + "/")) {
        return true;
      }
    }
    return false;
  }
}
