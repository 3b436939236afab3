package org.pactum.api.auth;

/** Who a principal is: a person signed in through OpenID Connect, or a machine's API token. */
public enum PrincipalKind {
  PERSON,
  MACHINE
}
