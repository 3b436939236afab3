package org.pactum.alerts.delivery;

/** Keeps secrets out of what is recorded or logged: excerpts are cut and scrubbed. */
final class Redactor {
  static final int EXCERPT = 500;

  private Redactor() {}

  static String excerpt(String text, Endpoint e) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String s = text.length() <= EXCERPT ? text : text.substring(0, EXCERPT) + "…";
    s = scrub(s, e.uri() == null ? null : e.uri().toString());
    s = scrub(s, e.uri() == null ? null : e.uri().getRawPath());
    s = scrub(s, e.routingKey());
    return scrub(s, e.signingSecret());
  }

  private static String scrub(String s, String secret) {
    if (secret == null || secret.length() < 4 || secret.equals("/")) {
      return s;
    }
    return s.replace(secret, "[redacted]");
  }
}
