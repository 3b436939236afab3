package org.pactum.api.auth.filter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SameOriginTest {
  @Test
  void aWriteFromThisServersOwnPageIsAllowed() {
    assertThat(SameOrigin.allows("http://localhost:8080", null, "localhost:8080")).isTrue();
    assertThat(SameOrigin.allows("https://pactum.example.com", null, "pactum.example.com"))
        .isTrue();
    assertThat(SameOrigin.allows("https://Pactum.Example.com:443", null, "pactum.example.com:443"))
        .isTrue();
    assertThat(SameOrigin.allows(null, "http://localhost:8080/ui/incidents/4", "localhost:8080"))
        .as("no Origin: the Referer says where")
        .isTrue();
  }

  @Test
  void aWriteFromAnotherSiteOrFromNowhereIsNot() {
    assertThat(SameOrigin.allows("https://evil.example", null, "pactum.example.com")).isFalse();
    assertThat(SameOrigin.allows("http://localhost:9090", null, "localhost:8080")).isFalse();
    assertThat(
            SameOrigin.allows(
                "https://pactum.example.com.evil.example", null, "pactum.example.com"))
        .isFalse();
    assertThat(SameOrigin.allows("null", "http://localhost:8080/ui/", "localhost:8080"))
        .as("an opaque origin (a sandboxed frame) is nowhere, whatever the Referer says")
        .isFalse();
    assertThat(SameOrigin.allows(null, null, "localhost:8080")).isFalse();
    assertThat(SameOrigin.allows("javascript:alert(1)", null, "localhost")).isFalse();
    assertThat(SameOrigin.allows("http://localhost:8080", null, null)).isFalse();
    assertThat(SameOrigin.allows("http://%zz", null, "localhost")).isFalse();
  }
}
