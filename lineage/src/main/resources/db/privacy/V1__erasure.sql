-- GDPR erasure (DESIGN.md §3, schema privacy). Flyway sets the schema; names are unqualified.
-- The data subject's id is never stored in clear: only HMAC-SHA256(server secret, subject id), hex.

create table erasure_request (
  request_id    uuid primary key,
  subject_type  text not null,
  subject_hmac  text not null,
  requested_by  text not null,
  legal_basis   text not null,
  status        text not null check (status in
                  ('RECEIVED', 'EXECUTING', 'COMPLETED', 'PARTIAL', 'FAILED', 'INTERRUPTED')),
  status_reason text,
  received_at   timestamptz not null,
  due_at        timestamptz not null,
  finished_at   timestamptz
);

create index erasure_request_subject_idx on erasure_request (subject_type, subject_hmac);
create index erasure_request_open_idx on erasure_request (due_at) where status <> 'COMPLETED';

-- The plan: one row per dataset to erase from, with its execution status.
create table erasure_dataset (
  request_id     uuid not null references erasure_request (request_id),
  ordinal        int not null,
  contract_id    text,                   -- null for a dataset found through lineage only
  source         text not null check (source in ('CONTRACT', 'LINEAGE')),
  datasource     text not null,
  table_name     text not null,
  key_column     text not null,
  mode           text not null check (mode in ('DELETE', 'UPDATE')),
  columns        jsonb not null,         -- {"column": "nullify" | "hash" | "redact" | "delete_row"}
  status         text not null check (status in ('PENDING', 'RUNNING', 'VERIFIED', 'FAILED')),
  attempts       int not null default 0,
  rows_matched   bigint,
  rows_affected  bigint,
  rows_remaining bigint,
  error          text,                   -- SQLState and a fixed description; never driver text
  updated_at     timestamptz not null,
  primary key (request_id, ordinal)
);

-- What the plan could not cover: datasets without a contract, a dataset or a key.
create table erasure_gap (
  request_id  uuid not null references erasure_request (request_id),
  ordinal     int not null,
  contract_id text,
  datasource  text,
  table_name  text,
  column_name text,
  reason      text not null,
  primary key (request_id, ordinal)
);

-- Erased subjects, so that late or replayed data can be caught by the reconciliation sweep.
create table suppression (
  subject_type text not null,
  subject_hmac text not null,
  request_id   uuid not null,
  added_at     timestamptz not null,
  primary key (subject_type, subject_hmac)
);

create table sweep_run (
  sweep_id         uuid primary key,
  trigger          text not null,
  started_at       timestamptz not null,
  finished_at      timestamptz not null,
  datasets_checked int not null,
  reappearances    int not null,
  findings         jsonb not null       -- [{request_id, datasource, table, rows} | {…, error}]
);

-- The audit trail: append-only, hash-chained. hash = SHA-256(prev_hash || canonical JSON of the row
-- without hash); appends are serialised with an advisory lock so the chain stays linear.
create table audit_event (
  seq         bigint primary key,
  request_id  uuid,
  event_type  text not null,
  occurred_at timestamptz not null,
  detail      jsonb not null,
  prev_hash   text not null,
  hash        text not null unique
);

create index audit_event_request_idx on audit_event (request_id, seq);

create function reject_audit_change() returns trigger
language plpgsql as $$
begin
  raise exception 'privacy.audit_event is append-only: % rejected', tg_op
    using errcode = 'P0001';
end
$$;

create trigger audit_event_append_only
  before update or delete on audit_event
  for each row execute function reject_audit_change();

create trigger audit_event_no_truncate
  before truncate on audit_event
  for each statement execute function reject_audit_change();
