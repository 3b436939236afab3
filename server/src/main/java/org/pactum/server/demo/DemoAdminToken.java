package org.pactum.server.demo;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.pactum.access.core.ApiToken;
import org.pactum.access.core.ApiTokens;
import org.pactum.access.core.NewToken;
import org.pactum.access.core.TokenName;
import org.pactum.access.core.TokenRequest;
import org.pactum.access.core.TokenState;
import org.pactum.api.auth.Principal;
import org.pactum.api.auth.Role;
import org.pactum.api.auth.filter.AuthMode;

/**
 * The demo's way in with authentication required: on the first start (no usable admin token yet) it
 * creates the admin API token {@value #NAME} and prints {@code export PACTUM_TOKEN=…} to the
 * console, the one time the secret is shown (the store keeps only its hash). On later starts it
 * says an admin token exists and how to get another; asked to renew, it revokes {@value #NAME} and
 * creates a new one (the way back in when the secret is lost).
 */
public final class DemoAdminToken {
  /** The demo admin token's name. */
  public static final String NAME = "demo-admin";

  /** Who creates the demo's token (its {@code created_by}). */
  static final Principal DEMO = Principal.machine("pactum-demo", Role.ADMIN, Set.of());

  private static final int PAGE = 100;

  private final ApiTokens tokens;
  private final Consumer<String> console;
  private final Clock clock;

  public DemoAdminToken(ApiTokens tokens, Consumer<String> console, Clock clock) {
    this.tokens = tokens;
    this.console = console;
    this.clock = clock;
  }

  /**
   * @param renew revoke {@value #NAME} (if it is there) and create a new one
   * @return the token created, if one was
   */
  public Optional<NewToken> run(AuthMode mode, boolean renew) {
    if (mode == AuthMode.NONE) {
      console.accept(
          "Authentication is off (auth.mode: none): every caller may do everything; no token is"
              + " needed.");
      return Optional.empty();
    }
    TokenName name = TokenName.of(NAME);
    Optional<ApiToken> demoToken = live(name);
    Optional<ApiToken> admin = renew ? Optional.empty() : usableAdmin();
    if (admin.isPresent()) {
      existing(admin.get());
      return Optional.empty();
    }
    // renewing, or the demo's token expired (it is made without expiry, but someone may have
    // replaced it): it gives its name to the new one
    demoToken.ifPresent(t -> tokens.revoke(DEMO, t.name()));
    NewToken created =
        tokens.create(DEMO, TokenRequest.of(name, Role.ADMIN, Set.of(), Optional.empty()));
    console.accept("");
    console.accept(
        "Authentication is required. The demo's admin API token "
            + NAME
            + ", shown this once (only its hash is stored):");
    console.accept("");
    console.accept("  export PACTUM_TOKEN=" + created.secret().reveal());
    console.accept("");
    console.accept(
        "  The CLI sends $PACTUM_TOKEN (or --token); curl: -H \"Authorization: Bearer"
            + " $PACTUM_TOKEN\".");
    console.accept(
        "  In a browser, the UI's sign-in page (/ui/login) takes the token; HTTP Basic with the"
            + " user name "
            + NAME
            + " and the token as the password works too.");
    return Optional.of(created);
  }

  private void existing(ApiToken admin) {
    console.accept(
        "Authentication is required. The admin API token "
            + admin.name()
            + " exists (created "
            + admin.createdAt()
            + "); its secret was shown when it was created and is not kept.");
    console.accept(
        "  Another token: pactum token create --name NAME --role admin (with $PACTUM_TOKEN set).");
    console.accept(
        "  Lost it? Restart with `pactum demo --new-token`: "
            + NAME
            + " is revoked and a new one printed.");
  }

  private Optional<ApiToken> live(TokenName name) {
    return all().stream().filter(t -> t.name().equals(name)).findFirst();
  }

  /** The demo's own admin token if it is usable, else the first other usable admin token. */
  private Optional<ApiToken> usableAdmin() {
    Instant now = clock.instant();
    List<ApiToken> admins =
        all().stream()
            .filter(t -> t.role() == Role.ADMIN && t.state(now) == TokenState.ACTIVE)
            .toList();
    return admins.stream()
        .filter(t -> t.name().value().equals(NAME))
        .findFirst()
        .or(() -> admins.stream().findFirst());
  }

  /** Every token not revoked, by name. */
  private List<ApiToken> all() {
    List<ApiToken> out = new ArrayList<>();
    TokenName after = null;
    long afterId = 0;
    while (true) {
      List<ApiToken> page = tokens.list(DEMO, false, after, afterId, PAGE);
      out.addAll(page);
      if (page.size() < PAGE) {
        return out;
      }
      ApiToken last = page.get(page.size() - 1);
      after = last.name();
      afterId = last.id();
    }
  }
}
