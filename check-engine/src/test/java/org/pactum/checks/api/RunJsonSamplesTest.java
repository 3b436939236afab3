package org.pactum.checks.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pactum.api.auth.Principal;
import org.pactum.api.auth.Role;

/** Failed-row samples follow the role: only roles that may read PII-bearing material see them. */
class RunJsonSamplesTest {
  private static final ResultJson FAILED =
      new ResultJson(
          "email_format",
          "regex",
          "email",
          "FAIL",
          0.5,
          null,
          Map.of(),
          "half the rows",
          List.of(Map.of("email", "a***@example.com")));

  private static final RunJson RUN =
      new RunJson(
          "r1",
          "orders",
          1,
          "1.0.0",
          "public.orders",
          "warehouse",
          "api",
          null,
          Map.of(),
          "SUCCEEDED",
          null,
          null,
          null,
          null,
          List.of(FAILED),
          Map.of("self", "/api/v1/runs/r1"));

  private static SecurityContext as(Role role) {
    Principal p = Principal.machine("token:x", role, Set.of());
    return new SecurityContext() {
      @Override
      public Principal getUserPrincipal() {
        return p;
      }

      @Override
      public boolean isUserInRole(String r) {
        return p.role().wireName().equals(r);
      }

      @Override
      public boolean isSecure() {
        return false;
      }

      @Override
      public String getAuthenticationScheme() {
        return "Bearer";
      }
    };
  }

  @Test
  void rolesThatMayReadPiiSeeTheSample() {
    for (Role r : List.of(Role.ADMIN, Role.STEWARD, Role.PRIVACY)) {
      assertThat(RUN.shownTo(as(r)).results().get(0).failedRowsSample())
          .as(r.wireName())
          .containsExactly(Map.of("email", "a***@example.com"));
    }
  }

  @Test
  void otherRolesSeeTheResultWithoutIt() {
    for (Role r : List.of(Role.PRODUCER, Role.CI, Role.READER)) {
      ResultJson shown = RUN.shownTo(as(r)).results().get(0);
      assertThat(shown.failedRowsSample()).as(r.wireName()).isNull();
      assertThat(shown).isEqualTo(FAILED.withoutSample());
      assertThat(shown.status()).isEqualTo("FAIL");
      assertThat(shown.observedValue()).isEqualTo(0.5);
    }
  }

  @Test
  void aListingWithoutResultsIsUnchanged() {
    RunJson listed =
        new RunJson(
            "r2",
            "orders",
            1,
            "1.0.0",
            "public.orders",
            "warehouse",
            "api",
            null,
            Map.of(),
            "QUEUED",
            null,
            null,
            null,
            null,
            null,
            Map.of());
    assertThat(listed.shownTo(as(Role.READER))).isSameAs(listed);
  }
}
