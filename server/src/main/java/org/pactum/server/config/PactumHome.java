package org.pactum.server.config;

import java.nio.file.Path;
import java.util.Map;

/**
 * Resolves paths from configuration: {@code ~} is the user's home; a relative path is taken from
 * Pactum's home ({@code PACTUM_HOME}, which the launcher script sets to the checkout) or else from
 * the working directory.
 */
public record PactumHome(Path home, Path userHome) {
  /** Where the generated erasure secret is kept when none is configured. */
  public static final String ERASURE_SECRET_FILE = "~/.pactum/erasure-secret";

  public static PactumHome fromEnvironment(Map<String, String> env) {
    String home = env.get("PACTUM_HOME");
    Path base = home == null || home.isBlank() ? Path.of("") : Path.of(home);
    return new PactumHome(
        base.toAbsolutePath().normalize(), Path.of(System.getProperty("user.home")));
  }

  public Path resolve(String configured) {
    if (configured.equals("~") || configured.startsWith("~/")) {
      return userHome.resolve(configured.substring(1).replaceFirst("^/", "")).normalize();
    }
    Path p = Path.of(configured);
    return p.isAbsolute() ? p.normalize() : home.resolve(p).normalize();
  }
}
