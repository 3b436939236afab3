package org.pactum.api.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pactum.api.edge.EdgeConfig;

class BrowserSettingsTest {
  @Test
  void theDefaultsAreTheLocalhostNamesAndThePublicUrl() {
    BrowserSettings s = new EdgeConfig().toSettings().browser();
    assertThat(s.hosts().any()).isFalse();
    assertThat(s.hosts().names()).containsExactlyInAnyOrder("localhost", "127.0.0.1", "::1");
    assertThat(s.origins()).containsExactly(new WebOrigin("http", "localhost", 8080));
    assertThat(s.adminTasks()).isFalse();
  }

  @Test
  void thePublicUrlsHostAndOriginAreAllowedAndEntriesMayBeCommaSeparated() {
    BrowserSettings s =
        BrowserSettings.of(
            "https://pactum.example.com/base",
            List.of("localhost, pactum-1.internal", "10.0.0.5"),
            List.of("https://catalog.example.com,http://localhost:3000"),
            true);
    assertThat(s.hosts().names())
        .containsExactlyInAnyOrder(
            "localhost", "pactum-1.internal", "10.0.0.5", "pactum.example.com");
    assertThat(s.origins())
        .containsExactlyInAnyOrder(
            new WebOrigin("https", "pactum.example.com", 443),
            new WebOrigin("https", "catalog.example.com", 443),
            new WebOrigin("http", "localhost", 3000));
    assertThat(s.adminTasks()).isTrue();
  }

  @Test
  void aStarAllowsEveryHost() {
    BrowserSettings s =
        BrowserSettings.of("http://localhost:8080", List.of("*"), List.of(""), false);
    assertThat(s.hosts().any()).isTrue();
    assertThat(s.hosts().allows(new HostName("anything.example", 80))).isTrue();
    assertThat(s.origins()).hasSize(1);
  }

  @Test
  void wrongValuesFailNamingTheOption() {
    assertThatThrownBy(() -> BrowserSettings.of("pactum.example.com", List.of(), List.of(), false))
        .hasMessageContaining("edge.publicUrl");
    assertThatThrownBy(
            () -> BrowserSettings.of("http://x", List.of("localhost:8080"), List.of(), false))
        .hasMessageContaining("edge.allowedHosts");
    assertThatThrownBy(() -> BrowserSettings.of("http://x", List.of(), List.of("*"), false))
        .hasMessageContaining("edge.allowedOrigins");
  }
}
