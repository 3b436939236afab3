package org.pactum.checks.plan;

/** A run's load scope cannot be applied (bad predicate, missing parameter values). */
public class ScopeException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  ScopeException(String message) {
    super(message);
  }
}
