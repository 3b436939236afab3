-- Run triggers (REST API, scheduler): a run is recorded the moment it is accepted, before a thread
-- and its table are free, so it can be looked up at once.
alter table check_run drop constraint check_run_status_check;
alter table check_run add constraint check_run_status_check
  check (status in ('QUEUED', 'RUNNING', 'PASS', 'WARN', 'FAIL', 'ERROR'));

alter table check_run add column queued_at timestamptz;      -- null for runs that were not queued (CLI)
alter table check_run alter column started_at drop not null; -- null while queued

-- Listings order by when a run started, or was accepted while it waits.
create index check_run_recent_idx on check_run ((coalesce(started_at, queued_at)) desc, run_id desc);
create index check_run_contract_recent_idx
  on check_run (contract_id, (coalesce(started_at, queued_at)) desc, run_id desc);
create index check_run_unfinished_idx on check_run (status) where status in ('QUEUED', 'RUNNING');
