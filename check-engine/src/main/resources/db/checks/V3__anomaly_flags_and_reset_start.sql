-- Loads judged outliers by their anomaly check are not learned from (issue 5).
alter table metric_value add column anomalous boolean not null default false;

-- A baseline reset may restart training from an earlier run (from_run): history counts from
-- starts_at, the run's observation time, or the approval time when no run is named.
alter table baseline_reset add column from_run text;
alter table baseline_reset add column starts_at timestamptz;
update baseline_reset set starts_at = approved_at;
alter table baseline_reset alter column starts_at set not null;
