package org.pactum.contracts.diff;

/**
 * What a {@link SemanticChange} is about. The names are stable: the CLI prints them, the registry
 * stores them and teams may filter on them. The severity of each kind (fixed for most, depending on
 * the direction of the change for a few) is documented in {@code contracts/README.md}, "Semantic
 * diff".
 */
public enum ChangeKind {
  // ---- identity and life cycle ----------------------------------------------------------------
  /** The contract id (registry subject) differs: the two files are not versions of one contract. */
  CONTRACT_ID_CHANGED,
  /** Guarantees changed but the version did not increase. */
  VERSION_NOT_BUMPED,
  /** The version increased, but by less than the changes require (see the SemVer rule). */
  VERSION_BUMP_TOO_SMALL,
  /** The new version is lower than the old one. */
  VERSION_DECREASED,
  /** The life-cycle status changed (e.g. active → deprecated or retired). */
  STATUS_CHANGED,

  // ---- ownership and documentation ------------------------------------------------------------
  /** The new version has no owning team. */
  OWNER_REMOVED,
  /** Another team owns the contract. */
  OWNER_CHANGED,
  /** A contact channel (e-mail, Slack, PagerDuty) of the owner was removed. */
  OWNER_CONTACT_REMOVED,
  /** A contact channel was added or now has another value. */
  OWNER_CONTACT_CHANGED,
  /** The description changed. */
  DESCRIPTION_CHANGED,
  /** Tags were added or removed. */
  TAGS_CHANGED,

  // ---- schema ---------------------------------------------------------------------------------
  /** Avro ↔ Protobuf. */
  SCHEMA_FORMAT_CHANGED,
  /** Another Protobuf message is the row type. */
  SCHEMA_MESSAGE_CHANGED,
  /** The schema file path changed (its content is compared by the schema compatibility check). */
  SCHEMA_FILE_CHANGED,
  /** The compatibility mode checks fewer directions or fewer versions. */
  COMPATIBILITY_WEAKENED,
  /** The compatibility mode checks more directions or versions. */
  COMPATIBILITY_STRENGTHENED,

  // ---- dataset --------------------------------------------------------------------------------
  /** The dataset section was removed: checks no longer run anywhere. */
  DATASET_REMOVED,
  /** The table or datasource changed: the data lives somewhere else. */
  DATASET_CHANGED,
  /** A dataset was added: checks start running. */
  DATASET_ADDED,
  /** The load scope predicate changed, was added or removed. */
  LOAD_SCOPE_CHANGED,

  // ---- checks ---------------------------------------------------------------------------------
  /** A check exists only in the old version (or changed type under the same name). */
  CHECK_REMOVED,
  /** A {@code not_null} check exists only in the old version: the column may now be null. */
  NOT_NULL_DROPPED,
  /** A check kept its name but now reads other columns. */
  CHECK_RETARGETED,
  /** A check's failing level accepts more data than before. */
  CHECK_LOOSENED,
  /** A check's warning level accepts more data than before; failures are unaffected. */
  WARN_LEVEL_LOOSENED,
  /** A check exists only in the new version (or changed type under the same name). */
  CHECK_ADDED,
  /** A check's failing level accepts less data than before: existing data may fail. */
  CHECK_TIGHTENED,
  /** A check changed in a way without a clear direction (a regex pattern, a drift method...). */
  CHECK_CHANGED,
  /** A check kept its definition (type and columns) but has another name. */
  CHECK_RENAMED,
  /** An {@code accepted_values} check accepts new values. */
  ACCEPTED_VALUE_ADDED,
  /** An {@code accepted_values} check no longer accepts some values. */
  ACCEPTED_VALUE_REMOVED,
  /** A check's warning level accepts less data: new warnings, no new failures. */
  WARN_LEVEL_TIGHTENED,

  // ---- personal data --------------------------------------------------------------------------
  /** A column is no longer tagged as personal data: erasure requests will not reach it. */
  PII_FIELD_REMOVED,
  /** A column is newly tagged as personal data: erasure will now change it. */
  PII_FIELD_ADDED,
  /** A PII field's erasure action changed. */
  PII_ERASURE_CHANGED,
  /** A PII field's category changed, was added or removed. */
  PII_CATEGORY_CHANGED,
  /** The PII key column changed or was removed: erasure finds subjects' rows differently. */
  PII_KEY_CHANGED,
  /** The kind of data subject changed. */
  PII_SUBJECT_CHANGED
}
