package org.pactum.api.auth.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.dropwizard.jackson.Jackson;
import io.dropwizard.util.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pactum.api.auth.oidc.OidcConfig;

class AuthConfigTest {
  @Test
  void byDefaultAuthenticationIsRequiredWithApiTokensOnly() {
    AuthSettings s = new AuthConfig().toSettings();
    assertThat(s.mode()).isEqualTo(AuthMode.REQUIRED);
    assertThat(s.oidc()).isEmpty();
    assertThat(s.attempts()).isEqualTo(AttemptLimits.defaults());
    assertThat(AuthSettings.defaults()).isEqualTo(s);
  }

  @Test
  void onlyAnExplicitNoneTurnsItOff() throws Exception {
    ObjectMapper yaml = Jackson.newObjectMapper(new YAMLFactory());
    AuthConfig c =
        yaml.readValue(
            """
            mode: none
            failedAttempts: {max: 3, window: 5m}
            """,
            AuthConfig.class);
    AuthSettings s = c.toSettings();
    assertThat(s.mode()).isEqualTo(AuthMode.NONE);
    assertThat(s.attempts().maxFailures()).isEqualTo(3);
    assertThat(s.attempts().window()).isEqualTo(java.time.Duration.ofMinutes(5));
  }

  @Test
  void theOidcSectionIsCheckedWithTheRest() {
    AuthConfig c = new AuthConfig();
    c.oidc = new OidcConfig();
    c.oidc.issuer = "https://idp.example.com";
    assertThatThrownBy(c::toSettings).hasMessageStartingWith("auth.oidc.audience: ");
    c.oidc.audience = List.of("pactum");
    assertThat(c.toSettings().oidc()).isPresent();
  }

  @Test
  void badValuesNameTheirField() {
    AuthConfig c = new AuthConfig();
    c.mode = "optional";
    assertThatThrownBy(c::toSettings)
        .hasMessage("auth.mode: 'optional' is not a mode; modes: required, none");
    c.mode = "REQUIRED";
    c.failedAttempts.max = 0;
    assertThatThrownBy(c::toSettings).hasMessageStartingWith("auth.failedAttempts.max: ");
    c.failedAttempts.max = 10;
    c.failedAttempts.window = Duration.seconds(0);
    assertThatThrownBy(c::toSettings).hasMessageStartingWith("auth.failedAttempts.window: ");
    c.failedAttempts.window = Duration.minutes(1);
    c.failedAttempts.trackedAddresses = 0;
    assertThatThrownBy(c::toSettings)
        .hasMessageStartingWith("auth.failedAttempts.trackedAddresses: ");
  }

  @Test
  void publicPathsMatchThemselvesAndBelow() {
    PublicPaths p = PublicPaths.of("/ui/assets", "/ui/login");
    assertThat(p.matches("/ui/assets")).isTrue();
    assertThat(p.matches("/ui/assets/app.css")).isTrue();
    assertThat(p.matches("/ui/assetsX")).isFalse();
    assertThat(p.matches("/ui")).isFalse();
    assertThat(PublicPaths.none().matches("/")).isFalse();
    assertThatThrownBy(() -> PublicPaths.of("ui/x")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PublicPaths.of("/ui/x/")).isInstanceOf(IllegalArgumentException.class);
  }
}
