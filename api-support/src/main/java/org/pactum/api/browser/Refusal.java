package org.pactum.api.browser;

/**
 * Why the edge refused a request before any resource ran: the HTTP status and Pactum's error code
 * (under the Confluent API's paths the status is the code, as for every edge failure there). 40301
 * is the code issue #14 names; the others follow the edge's rule: status × 100 for the framework's
 * own refusal (415), codes ending in 90–99 for the edge's.
 */
enum Refusal {
  /** A state-changing request from an origin not allowed (cross-site request forgery). */
  FOREIGN_ORIGIN(403, 40301),
  /** An admin task while {@code edge.adminTasks} is false. */
  ADMIN_TASKS_OFF(403, 40390),
  /** A request body of a content type the API does not take (a browser's "simple request"). */
  UNSUPPORTED_MEDIA_TYPE(415, 41500),
  /** A {@code Host} not on the allow-list (DNS rebinding). */
  MISDIRECTED_HOST(421, 42190);

  final int status;
  final int errorCode;

  Refusal(int status, int errorCode) {
    this.status = status;
    this.errorCode = errorCode;
  }
}
