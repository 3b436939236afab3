package org.pactum.alerts.core;

/**
 * Why a planned notification is not sent: the mute stage's verdict (inhibited, silenced) or the
 * receiver's (undeliverable). It becomes the outbox row's status and reason; the sentences are
 * written here and nowhere else.
 */
public sealed interface Suppression {
  /** The sentence recorded with the notification. */
  String reason();

  /** The outbox status it leads to. */
  NotificationStatus status();

  /**
   * Another signal of the same run and dataset makes this one noise.
   *
   * @param sourceCheck the inhibiting check
   * @param sourceErrored whether it could not be evaluated (otherwise: a failed freshness check)
   */
  record Inhibited(String sourceCheck, boolean sourceErrored, String dataset, String runId)
      implements Suppression {
    @Override
    public String reason() {
      String why =
          sourceErrored
              ? "check " + sourceCheck + " could not be evaluated"
              : "freshness check " + sourceCheck + " failed";
      return "inhibited: " + why + " on dataset " + dataset + " in run " + runId;
    }

    @Override
    public NotificationStatus status() {
      return NotificationStatus.SUPPRESSED;
    }
  }

  /** A silence a person set holds it back. */
  record Silenced(Long silenceId, String comment) implements Suppression {
    @Override
    public String reason() {
      return "silenced by silence "
          + silenceId
          + (comment == null || comment.isBlank() ? "" : " (" + comment + ")");
    }

    @Override
    public NotificationStatus status() {
      return NotificationStatus.SUPPRESSED;
    }
  }

  /** No endpoint is configured for the receiver (or its kind is unknown). */
  record Undeliverable(String receiver) implements Suppression {
    @Override
    public String reason() {
      return "undeliverable: no endpoint configured for receiver " + receiver;
    }

    @Override
    public NotificationStatus status() {
      return NotificationStatus.UNDELIVERABLE;
    }
  }
}
