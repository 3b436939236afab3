package org.pactum.api.auth;

import java.util.Locale;

/**
 * What a request does, as the role matrix ({@link RoleMatrix}) grants it. Every resource method
 * names one ({@code @Requires}); the message of a refusal names only the action, never the rule or
 * the team that failed.
 */
public enum Action {
  /** Read the catalog, the registry, runs, results, incidents, lineage (no PII-bearing detail). */
  READ("read this"),
  /** Read PII-bearing material: failed-row samples (masked, still about people). */
  READ_PII("read failed-row samples"),
  /** Publish a contract version (a producer: for its teams' subjects only). */
  CONTRACT_PUBLISH("publish contracts"),
  /** Register a schema version under a subject (a producer: for its teams' subjects only). */
  SCHEMA_REGISTER("register schemas"),
  /** Dry runs: {@code contract check}, the registry's compatibility test. Nothing is stored. */
  CONTRACT_CHECK("run contract checks"),
  /** Start a check run. */
  CHECK_RUN("start check runs"),
  /** Start a backfill. */
  BACKFILL("start backfills"),
  /** Approve a baseline reset. */
  BASELINE_RESET("reset baselines"),
  /** Acknowledge or resolve an incident. */
  INCIDENT_ACT("act on incidents"),
  /** Create, change or expire a silence. */
  SILENCE_MANAGE("manage silences"),
  /** Post lineage (OpenLineage events, SQL). */
  LINEAGE_WRITE("write lineage"),
  /** Submit and resume erasure requests; run sweeps. */
  ERASURE("erase personal data"),
  /** Read erasure requests, plans, status, sweeps and the erasure audit. */
  ERASURE_READ("read erasures"),
  /**
   * The registry as a whole: global and subject compatibility and modes, deletes (soft and
   * permanent), a contract's owner team.
   */
  REGISTRY_ADMIN("administer the registry"),
  /** Create, list and revoke API tokens. */
  TOKEN_ADMIN("manage API tokens"),
  /** Read the audit trail. */
  AUDIT_READ("read the audit trail");

  private final String phrase;

  Action(String phrase) {
    this.phrase = phrase;
  }

  /** What a refusal says: {@code not allowed to <phrase>}. */
  public String phrase() {
    return phrase;
  }

  /** The lower-case name, for logs and the README's table. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
