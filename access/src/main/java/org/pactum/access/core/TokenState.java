package org.pactum.access.core;

/** Whether a token authenticates now. */
public enum TokenState {
  ACTIVE,
  EXPIRED,
  REVOKED
}
