package org.pactum.api.audit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A {@code GET} that changes something, recorded on the audit trail like a write: the OpenID
 * issuer's redirect back to the sign-in, which starts a session. {@link WriteAuditFilter} records
 * it, accepted or refused.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Audited {
  /** What it changes. */
  String value();
}
