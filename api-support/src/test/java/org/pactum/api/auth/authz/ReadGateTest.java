package org.pactum.api.auth.authz;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fast path's read rule: served only for accepted credentials whose role reads. */
class ReadGateTest {
  private static HttpServletRequest withAuthorization(String... values) {
    return (HttpServletRequest)
        Proxy.newProxyInstance(
            ReadGateTest.class.getClassLoader(),
            new Class<?>[] {HttpServletRequest.class},
            (proxy, method, args) -> {
              if (method.getName().equals("getHeaders") && "Authorization".equals(args[0])) {
                return Collections.enumeration(List.of(values));
              }
              throw new UnsupportedOperationException(method.getName());
            });
  }

  private final ReadGate gate =
      ReadGate.authenticating(List.of(new AuthorizationFeatureTest.RoleTokens()));

  @Test
  void everyAcceptedRoleMayRead() {
    for (String role : List.of("admin", "steward", "producer", "privacy", "ci", "reader")) {
      assertThat(gate.mayRead(withAuthorization("Bearer role." + role))).as(role).isTrue();
    }
  }

  @Test
  void noneUnreadableOrRefusedCredentialsAreLeftToJersey() {
    assertThat(gate.mayRead(withAuthorization())).isFalse();
    assertThat(gate.mayRead(withAuthorization("Bearer nobody"))).isFalse();
    assertThat(gate.mayRead(withAuthorization("Bearer role.admin", "Bearer role.admin"))).isFalse();
    assertThat(gate.mayRead(withAuthorization("Digest x"))).isFalse();
  }

  @Test
  void openAndClosed() {
    assertThat(ReadGate.open().mayRead(withAuthorization())).isTrue();
    assertThat(ReadGate.closed().mayRead(withAuthorization("Bearer role.admin"))).isFalse();
  }
}
