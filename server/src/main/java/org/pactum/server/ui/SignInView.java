package org.pactum.server.ui;

import io.dropwizard.views.common.View;
import java.nio.charset.StandardCharsets;

/**
 * The sign-in page, {@code templates/sign-in.ftlh}: through the OpenID issuer when one is
 * configured, and with an API token (the demo's printed token, a service account).
 */
public final class SignInView extends View {
  private final String next;
  private final boolean oidc;
  private final String problem;

  /**
   * @param problem what went wrong with the last attempt, or empty
   */
  SignInView(NextPage next, boolean oidc, String problem) {
    super("/templates/sign-in.ftlh", StandardCharsets.UTF_8);
    this.next = next.path();
    this.oidc = oidc;
    this.problem = problem;
  }

  public String getNext() {
    return next;
  }

  public boolean isOidc() {
    return oidc;
  }

  public String getProblem() {
    return problem;
  }

  /** The layout shows no sign-out button on this page. */
  public boolean isSignInPage() {
    return true;
  }
}
