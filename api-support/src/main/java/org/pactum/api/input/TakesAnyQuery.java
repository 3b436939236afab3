package org.pactum.api.input;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A resource method whose query parameters someone else decides — the OpenID issuer's redirect back
 * to the sign-in, which may add {@code iss}, {@code session_state} and others — so {@link
 * QueryParameterRules} lets any through. The method reads what it needs from the whole URI.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface TakesAnyQuery {
  /** Who decides the parameters, and why they cannot be listed. */
  String value();
}
