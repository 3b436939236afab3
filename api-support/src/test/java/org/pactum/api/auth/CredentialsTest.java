package org.pactum.api.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CredentialsTest {
  private static String basic(String userInfo) {
    return "Basic " + Base64.getEncoder().encodeToString(userInfo.getBytes(StandardCharsets.UTF_8));
  }

  private static Credentials parse(String header) {
    return Credentials.of(header).orElseThrow();
  }

  @Test
  void noHeaderIsNoCredentials() {
    assertThat(Credentials.of((String) null)).isEmpty();
    assertThat(Credentials.of((List<String>) null)).isEmpty();
    assertThat(Credentials.of(List.of())).isEmpty();
  }

  @Test
  void aBearerTokenIsReadWithTheSchemeInAnyCase() {
    assertThat(parse("Bearer abc.def-ghi_jkl~+/=="))
        .isEqualTo(new Credentials.Bearer("abc.def-ghi_jkl~+/=="));
    assertThat(parse("bearer   pct_x  ")).isEqualTo(new Credentials.Bearer("pct_x"));
    assertThat(parse("BEARER t")).isInstanceOf(Credentials.Bearer.class);
  }

  @Test
  void basicCredentialsSplitAtTheFirstColonSoSecretsMayHoldColons() {
    assertThat(parse(basic("ci-main:pct_a:b")))
        .isEqualTo(new Credentials.Basic("ci-main", "pct_a:b"));
    assertThat(parse(basic("zoë:sécret"))).isEqualTo(new Credentials.Basic("zoë", "sécret"));
  }

  @Test
  void unreadableHeadersAreNeitherBearerNorBasic() {
    for (String h :
        List.of(
            "Bearer",
            "Bearer ",
            "Bearer a b",
            "Bearer <script>",
            "Bearer =abc",
            "Bearer ab=c",
            "Bearer abc==x",
            "Bearer ab%2Fc",
            "Digest username=x",
            "Negotiate abc",
            "Basic !!!",
            "Basic =",
            "Basic YT%pi",
            basic("tab\tin:name"),
            basic("name:del\u007f"),
            "Basic "
                + Base64.getEncoder().encodeToString("no-colon".getBytes(StandardCharsets.UTF_8)),
            basic(":secret-without-name"),
            basic("name-without-secret:"),
            basic("ctl\u0001:x"),
            "Basic " + Base64.getEncoder().encodeToString(new byte[] {(byte) 0xff, ':', 'x'}),
            "Bearer " + "a".repeat(Credentials.MAX_LENGTH))) {
      assertThat(parse(h))
          .as(h.length() > 60 ? h.substring(0, 60) : h)
          .isInstanceOf(Credentials.Unreadable.class);
    }
  }

  @Test
  void severalAuthorizationHeadersAreUnreadable() {
    assertThat(Credentials.of(List.of("Bearer a", "Bearer b")))
        .get()
        .isInstanceOf(Credentials.Unreadable.class);
  }

  @Test
  void noVariantShowsItsSecret() {
    Optional<Credentials> bearer = Credentials.of("Bearer pct_SECRETvalue");
    Optional<Credentials> basicCreds = Credentials.of(basic("ci:pct_SECRETvalue"));
    assertThat(bearer.orElseThrow().toString()).doesNotContain("SECRET");
    assertThat(basicCreds.orElseThrow().toString()).doesNotContain("SECRET").doesNotContain("ci");
    assertThat(parse("Bearer <SECRET>").toString()).doesNotContain("SECRET");
  }
}
