-- The alert router's store (DESIGN.md §3). Flyway sets the schema (alerts); names are unqualified.
-- Receivers are stored by name only: webhook URLs, routing keys and signing secrets live in config.

create table incident (
  id                      bigint generated always as identity primary key,
  contract_id             text not null,
  check_name              text not null,
  dataset                 text not null default '',
  team                    text,
  state                   text not null check (state in ('WARNING', 'CRITICAL', 'RESOLVED')),
  dedup_key               text not null unique,     -- PagerDuty's, stable for one episode
  consecutive_failures    int not null,
  consecutive_passes      int not null,
  paged                   boolean not null,         -- a PagerDuty trigger was enqueued
  errored                 boolean not null,         -- the latest failure was an ERROR
  opened_at               timestamptz not null,
  updated_at              timestamptz not null,
  resolved_at             timestamptz,
  acknowledged_at         timestamptz,
  acknowledged_by         text,
  last_notified_at        timestamptz,
  last_run_id             text,
  summary                 text not null,
  link                    text,
  receivers               text[] not null,          -- fixed when the incident opens
  critical_after          int not null,
  resolve_after           int not null,
  repeat_interval_seconds bigint not null
);

-- one open incident per (contract, check)
create unique index incident_open_idx on incident (contract_id, check_name) where state <> 'RESOLVED';
create index incident_state_idx on incident (state, updated_at desc);

create table incident_transition (
  id          bigint generated always as identity primary key,
  incident_id bigint not null references incident (id) on delete cascade,
  from_state  text not null,
  to_state    text not null,
  reason      text not null,
  run_id      text,
  at          timestamptz not null
);

create index incident_transition_idx on incident_transition (incident_id, id);

-- The outbox: written in the same transaction as the incident change it announces.
create table notification (
  id              bigint generated always as identity primary key,
  receiver        text not null,                  -- a receiver name from config, never its URL
  kind            text,                           -- slack | pagerduty | webhook; null: unknown receiver
  event           text not null,                  -- OPEN | ESCALATE | REMIND | ACKNOWLEDGE | RESOLVE
  ordering_key    text not null,                  -- delivered in id order per key
  dedup_key       text,
  payload         jsonb not null,                 -- without secrets
  status          text not null
                  check (status in ('PENDING', 'DELIVERED', 'FAILED', 'SUPPRESSED', 'UNDELIVERABLE')),
  reason          text,                           -- why suppressed, undeliverable or failed
  attempts        int not null default 0,
  next_attempt_at timestamptz not null,
  created_at      timestamptz not null,
  finished_at     timestamptz
);

-- the delivery worker's look-ups: pending messages in id order, and the earlier ones of a key
create index notification_pending_idx on notification (id) where status = 'PENDING';
create index notification_pending_key_idx on notification (ordering_key, id) where status = 'PENDING';

create table notification_incident (
  notification_id bigint not null references notification (id) on delete cascade,
  incident_id     bigint not null references incident (id) on delete cascade,
  primary key (notification_id, incident_id)
);

create index notification_incident_idx on notification_incident (incident_id);

-- Every delivery attempt; the response excerpt has secrets scrubbed.
create table delivery_attempt (
  id               bigint generated always as identity primary key,
  notification_id  bigint not null references notification (id) on delete cascade,
  attempted_at     timestamptz not null,
  status_code      int,                           -- null: no HTTP response (network error, timeout)
  latency_ms       bigint not null,
  outcome          text not null check (outcome in ('DELIVERED', 'RETRY', 'PERMANENT', 'GAVE_UP')),
  response_excerpt text,
  error            text
);

create index delivery_attempt_idx on delivery_attempt (notification_id, id);

create table silence (
  id          bigint generated always as identity primary key,
  contract    text,                               -- glob
  check_name  text,                               -- glob
  team        text,
  severities  text[] not null default '{}',
  dataset     text,                               -- glob
  tags        text[] not null default '{}',
  starts_at   timestamptz not null,
  ends_at     timestamptz not null,
  created_by  text not null,
  comment     text,
  created_at  timestamptz not null,
  check (ends_at > starts_at)
);

create index silence_active_idx on silence (ends_at);

-- A receiver that answered a permanent 4xx is marked misconfigured until it accepts a message.
create table receiver_status (
  receiver      text primary key,
  misconfigured boolean not null,
  status_code   int,
  detail        text,
  updated_at    timestamptz not null
);
