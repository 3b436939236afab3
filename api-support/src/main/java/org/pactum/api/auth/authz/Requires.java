package org.pactum.api.auth.authz;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.pactum.api.auth.Action;

/**
 * The access rule of one resource method: the {@link Action} it takes, which the role matrix grants
 * or not. Every resource method carries one; {@link AuthorizationFeature} refuses a method without
 * it, and the server's {@code RoleMatrixTest} fails the build on it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Requires {
  Action value();
}
