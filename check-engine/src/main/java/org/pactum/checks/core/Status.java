package org.pactum.checks.core;

/** The verdict of a check or a run, from best to worst. */
public enum Status {
  PASS,
  WARN,
  FAIL,
  ERROR;

  /** The worse of two statuses ({@code ERROR} is the worst: the check could not judge). */
  public Status worst(Status other) {
    return other.ordinal() > ordinal() ? other : this;
  }
}
