-- The audit trail of writes (issue #15): every write the API accepted or refused, one row each,
-- append-only and hash-chained: hash = SHA-256(prev_hash || canonical JSON of the row), so a row
-- changed, removed or inserted afterwards breaks the chain at that row. No secret, no query string,
-- no request body is kept: a principal's name and role, the action, the path, the status.

create table audit_event (
  seq         bigint primary key check (seq > 0),
  occurred_at timestamptz not null,
  principal   text not null,
  role        text not null,
  action      text not null,
  target      text not null,
  status      integer not null check (status between 100 and 599),
  outcome     text not null check (outcome in ('ACCEPTED', 'REFUSED')),
  source      text not null,
  request_id  text not null,
  prev_hash   text not null check (prev_hash ~ '^[0-9a-f]{64}$'),
  hash        text not null check (hash ~ '^[0-9a-f]{64}$')
);

create index audit_event_principal on audit_event (principal, seq);
create index audit_event_occurred_at on audit_event (occurred_at);
