package org.pactum.api.auth.authz;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import java.lang.reflect.Method;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Binds each resource method's rule, once, at start-up: a method with {@link Requires} gets an
 * {@link AuthorizationFilter} for its action (priority {@link Priorities#AUTHORIZATION}, after the
 * authentication filter); a method without one is refused to everyone (403) and logged as an error
 * naming it ({@code access_rule_missing}). A method marked {@link Public} (the sign-in pages) gets
 * none. Deny by default: a forgotten rule closes the endpoint, and the server's {@code
 * RoleMatrixTest} fails the build before it ships.
 */
public final class AuthorizationFeature implements DynamicFeature {
  private static final Logger LOG = LoggerFactory.getLogger(AuthorizationFeature.class);

  @Override
  public void configure(ResourceInfo resource, FeatureContext context) {
    Method method = resource.getResourceMethod();
    if (method == null) {
      return;
    }
    Requires rule = method.getAnnotation(Requires.class);
    if (rule == null && method.isAnnotationPresent(Public.class)) {
      return; // the sign-in pages: the authentication filter decides (public paths only)
    }
    if (rule == null) {
      // Jersey's own methods (the automatic OPTIONS answers) are refused too, but they are not a
      // forgotten rule of Pactum's: only Pactum's methods are logged as errors
      if (resource.getResourceClass().getName().startsWith("org.pactum.")) {
        LOG.atError()
            .addKeyValue("event", "access_rule_missing")
            .addKeyValue("method", resource.getResourceClass().getName() + "#" + method.getName())
            .log("a resource method has no @Requires rule: it is refused to everyone");
      }
      context.register(new NoRuleFilter(), Priorities.AUTHORIZATION);
      return;
    }
    context.register(new AuthorizationFilter(rule.value()), Priorities.AUTHORIZATION);
  }
}
