package org.pactum.server.ui;

/**
 * The page a person goes back to after signing in: a path of the UI on this server, or the contract
 * list. Anything else — another host ({@code //evil.example}, {@code https://…}), a backslash some
 * browsers read as a slash, a control character — is replaced, so the sign-in can never redirect
 * away from Pactum.
 */
record NextPage(String path) {
  static final String HOME = "/ui/";
  private static final int MAX_LENGTH = 2_000;

  static NextPage of(String asked) {
    if (asked == null
        || asked.length() > MAX_LENGTH
        || !(asked.equals("/ui") || asked.startsWith("/ui/") || asked.startsWith("/ui?"))
        || asked.startsWith("/ui/login")
        || asked.contains("//")
        || asked.contains("\\")
        || asked.chars().anyMatch(c -> c < 0x21 || c == 0x7f)) {
      return new NextPage(HOME);
    }
    return new NextPage(asked);
  }
}
