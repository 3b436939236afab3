package org.pactum.server.auth;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.pactum.api.auth.AuthResult;
import org.pactum.api.auth.Authenticator;
import org.pactum.api.auth.Credentials;
import org.pactum.api.auth.filter.AuthMode;

/**
 * Lets a servlet filter that answers before Jersey (a fast path) serve a request only when its
 * credentials are accepted, or when {@code auth.mode} is {@code none}. Every other request goes on
 * down the chain unchanged, to Jersey, where the edge's authentication filter answers it (401, 429,
 * …) in the one error model and counts the failure. An accepted credential costs the
 * authenticators' cache lookup, as it does at the edge.
 */
public final class AuthenticatedOnly implements Filter {
  private final AuthMode mode;
  private final List<Authenticator> authenticators;
  private final Filter guarded;

  /**
   * @param authenticators asked in this order, as the edge asks them
   * @param guarded the filter that serves accepted requests
   */
  public AuthenticatedOnly(AuthMode mode, List<Authenticator> authenticators, Filter guarded) {
    this.mode = mode;
    this.authenticators = List.copyOf(authenticators);
    this.guarded = guarded;
  }

  @Override
  public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    if (mode == AuthMode.NONE || (req instanceof HttpServletRequest http && accepted(http))) {
      guarded.doFilter(req, res, chain);
    } else {
      chain.doFilter(req, res);
    }
  }

  private boolean accepted(HttpServletRequest request) {
    List<String> values = Collections.list(request.getHeaders("Authorization"));
    Optional<Credentials> credentials = Credentials.of(values);
    if (credentials.isEmpty() || credentials.get() instanceof Credentials.Unreadable) {
      return false;
    }
    for (Authenticator a : authenticators) {
      AuthResult r = a.authenticate(credentials.get());
      if (!(r instanceof AuthResult.NotMine)) {
        return r instanceof AuthResult.Accepted;
      }
    }
    return false;
  }
}
