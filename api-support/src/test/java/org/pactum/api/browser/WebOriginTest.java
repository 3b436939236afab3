package org.pactum.api.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WebOriginTest {
  @Test
  void anOriginHasItsSchemesDefaultPort() {
    assertThat(WebOrigin.parse("https://Pactum.Example.com"))
        .contains(new WebOrigin("https", "pactum.example.com", 443));
    assertThat(WebOrigin.parse("http://localhost:8080"))
        .contains(new WebOrigin("http", "localhost", 8080));
    assertThat(WebOrigin.parse("http://[::1]:8080")).contains(new WebOrigin("http", "::1", 8080));
  }

  @Test
  void opaqueOrMalformedOriginsAreNone() {
    assertThat(WebOrigin.parse("null")).isEmpty();
    assertThat(WebOrigin.parse("file://")).isEmpty();
    assertThat(WebOrigin.parse("https://a.example.com/path")).isEmpty();
    assertThat(WebOrigin.parse("https://user@a.example.com")).isEmpty();
    assertThat(WebOrigin.parse("ftp://a.example.com")).isEmpty();
    assertThat(WebOrigin.parse("http://a b")).isEmpty();
  }

  @Test
  void theRequestsOriginIsItsSchemeAndHost() {
    assertThat(WebOrigin.of("http", new HostName("localhost", -1)))
        .isEqualTo(WebOrigin.parse("http://localhost").orElseThrow());
    assertThat(WebOrigin.of("http", new HostName("localhost", 8080)))
        .isNotEqualTo(WebOrigin.parse("https://localhost:8080").orElseThrow());
  }
}
