package org.pactum.api.auth;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import org.pactum.api.auth.Credentials.Basic;
import org.pactum.api.auth.Credentials.Bearer;
import org.pactum.api.auth.Credentials.Unreadable;

/**
 * The {@code Authorization} header's grammar: RFC 7235's scheme and {@code token68}, RFC 6750's
 * bearer token, RFC 7617's Basic ({@code base64(name:secret)}, UTF-8).
 */
final class AuthorizationHeader {

  private AuthorizationHeader() {}

  static Credentials parse(String header) {
    String h = header.strip();
    if (h.length() > Credentials.MAX_LENGTH) {
      return new Unreadable("too long");
    }
    int space = h.indexOf(' ');
    String scheme = (space < 0 ? h : h.substring(0, space)).toLowerCase(Locale.ROOT);
    String value = space < 0 ? "" : h.substring(space + 1).strip();
    return switch (scheme) {
      case "bearer" -> isToken68(value) ? new Bearer(value) : new Unreadable("not a bearer token");
      case "basic" -> basic(value);
      default -> new Unreadable("another scheme");
    };
  }

  private static Credentials basic(String value) {
    if (!isToken68(value)) {
      return new Unreadable("not base64 of name:secret");
    }
    String decoded;
    try {
      byte[] bytes = Base64.getDecoder().decode(value);
      decoded =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (IllegalArgumentException | CharacterCodingException e) {
      return new Unreadable("not base64 of name:secret");
    }
    int colon = decoded.indexOf(':');
    if (colon <= 0 || colon == decoded.length() - 1) {
      return new Unreadable("not base64 of name:secret");
    }
    for (int i = 0; i < decoded.length(); i++) {
      if (Character.isISOControl(decoded.charAt(i))) {
        return new Unreadable("not base64 of name:secret");
      }
    }
    return new Basic(decoded.substring(0, colon), decoded.substring(colon + 1));
  }

  /**
   * RFC 7235's {@code token68}: one or more of {@code A–Z a–z 0–9 - . _ ~ + /}, then any number of
   * {@code =}. A loop, not a pattern: every authenticated request is read through it.
   */
  static boolean isToken68(String value) {
    int n = value.length();
    int i = 0;
    while (i < n && isToken68Char(value.charAt(i))) {
      i++;
    }
    if (i == 0) {
      return false;
    }
    while (i < n && value.charAt(i) == '=') {
      i++;
    }
    return i == n;
  }

  private static boolean isToken68Char(char c) {
    return (c >= 'A' && c <= 'Z')
        || (c >= 'a' && c <= 'z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '.'
        || c == '_'
        || c == '~'
        || c == '+'
        || c == '/';
  }
}
