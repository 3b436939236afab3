package org.pactum.api.auth;

/**
 * A principal may not take an action: 403, answered by the edge in the dialect of the request's
 * path. The message is only {@code not allowed to <action>}: never which rule, role or team failed.
 */
public final class NotAllowedException extends RuntimeException {
  private final Action action;

  public NotAllowedException(Action action) {
    super("not allowed to " + action.phrase(), null, false, false);
    this.action = action;
  }

  public Action action() {
    return action;
  }
}
