package org.pactum.api.auth.authz;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A resource method anyone may call, signed in or not: the UI's sign-in pages, nothing else. It
 * takes the place of {@link Requires}; {@link AuthorizationFeature} binds no rule to it. It opens
 * nothing by itself: the authentication filter still answers 401 unless the method's path is one of
 * the edge's public paths, and the server's role-matrix test lists every such method by name.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Public {
  /** Why anyone may call it (for the reader and the role-matrix test's table). */
  String value();
}
