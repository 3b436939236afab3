-- The check engine's result log (DESIGN.md §3). Flyway sets the schema (checks); names are unqualified.
-- No foreign keys to other schemas: contracts are referred to by id and version.

create table check_run (
  run_id           text primary key,
  contract_id      text not null,
  contract_version int not null,
  contract_semver  text,
  dataset          text not null,          -- the dataset key: <datasource>:<table>
  datasource       text not null,
  trigger          text not null,          -- api | cli | schedule | kafka
  load_id          text,
  scope_params     jsonb not null default '{}'::jsonb,
  status           text not null check (status in ('RUNNING', 'PASS', 'WARN', 'FAIL', 'ERROR')),
  started_at       timestamptz not null,
  finished_at      timestamptz,
  error            text
);

create index check_run_contract_idx on check_run (contract_id, started_at desc);
create index check_run_dataset_idx on check_run (dataset, started_at desc);

create table check_result (
  run_id             text not null references check_run (run_id) on delete cascade,
  check_name         text not null,
  check_type         text not null,
  column_name        text,
  status             text not null check (status in ('PASS', 'WARN', 'FAIL', 'ERROR')),
  observed_value     double precision,
  observed_text      text,
  thresholds         jsonb,                -- the contract's limits, or the learned band
  message            text not null,
  failed_rows_sample jsonb,                -- up to 10 rows, PII masked
  position           int not null default 0, -- the check's place in the contract
  primary key (run_id, check_name)
);

create index check_result_name_idx on check_result (check_name, run_id);

-- The history baselines learn from: one row per metric per run.
create table metric_value (
  dataset     text not null,
  metric      text not null,
  column_name text not null default '',    -- '' for table-level metrics (row_count)
  value       double precision,
  detail      jsonb,                       -- histograms and frequency tables for drift
  run_id      text not null references check_run (run_id) on delete cascade,
  observed_at timestamptz not null
);

create index metric_value_history_idx on metric_value (dataset, metric, column_name, observed_at desc);
create index metric_value_run_idx on metric_value (run_id);

-- Approvals that restart a baseline after an intended change: history before approved_at is ignored.
create table baseline_reset (
  id          bigint generated always as identity primary key,
  dataset     text not null,
  metric      text not null,
  column_name text not null default '',
  reason      text not null,
  approved_by text not null,
  approved_at timestamptz not null default now()
);

create index baseline_reset_idx on baseline_reset (dataset, metric, column_name, approved_at desc);
