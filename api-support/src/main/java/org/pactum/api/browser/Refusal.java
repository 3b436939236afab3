package org.pactum.api.browser;

/** Why the edge refused a request before any resource ran: the HTTP status and the error code. */
enum Refusal {
  /** A state-changing request from an origin not allowed (cross-site request forgery). */
  FOREIGN_ORIGIN(403, 40301),
  /** An admin task while {@code edge.adminTasks} is false. */
  ADMIN_TASKS_OFF(403, 40302),
  /** A request body of a content type the API does not take (a browser's "simple request"). */
  UNSUPPORTED_MEDIA_TYPE(415, 41501),
  /** A {@code Host} not on the allow-list (DNS rebinding). */
  MISDIRECTED_HOST(421, 42101);

  final int status;
  final int errorCode;

  Refusal(int status, int errorCode) {
    this.status = status;
    this.errorCode = errorCode;
  }
}
