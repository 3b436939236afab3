package org.pactum.api.auth;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Pattern;
import org.pactum.api.auth.Credentials.Basic;
import org.pactum.api.auth.Credentials.Bearer;
import org.pactum.api.auth.Credentials.Unreadable;

/**
 * The {@code Authorization} header's grammar: RFC 7235's scheme and {@code token68}, RFC 6750's
 * bearer token, RFC 7617's Basic ({@code base64(name:secret)}, UTF-8).
 */
final class AuthorizationHeader {
  private static final Pattern TOKEN68 = Pattern.compile("[A-Za-z0-9\\-._~+/]+=*");

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
      case "bearer" ->
          TOKEN68.matcher(value).matches()
              ? new Bearer(value)
              : new Unreadable("not a bearer token");
      case "basic" -> basic(value);
      default -> new Unreadable("another scheme");
    };
  }

  private static Credentials basic(String value) {
    if (!TOKEN68.matcher(value).matches()) {
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
    if (decoded.chars().anyMatch(Character::isISOControl)) {
      return new Unreadable("not base64 of name:secret");
    }
    return new Basic(decoded.substring(0, colon), decoded.substring(colon + 1));
  }
}
