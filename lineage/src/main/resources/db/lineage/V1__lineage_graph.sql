-- The column-level lineage graph (issue #7). Flyway sets the schema (lineage); names are unqualified.
-- The OpenLineage model in full: type DIRECT/INDIRECT, subtype and masking are kept per edge.
-- A dataset is (namespace, name); for contract datasets namespace = dataset.datasource and
-- name = dataset.table (see lineage/README.md).

create table dataset (
  id          bigserial primary key,
  namespace   text not null,
  name        text not null,
  first_seen  timestamptz not null,
  last_seen   timestamptz not null,
  unique (namespace, name)
);

create table dataset_column (
  id          bigserial primary key,
  dataset_id  bigint not null references dataset (id) on delete cascade,
  name        text not null,
  first_seen  timestamptz not null,
  last_seen   timestamptz not null,
  unique (dataset_id, name)
);

-- column → column, per job and transformation; re-reported edges only move last_seen/last_run_id.
create table column_edge (
  id             bigserial primary key,
  source_id      bigint not null references dataset_column (id) on delete cascade,
  target_id      bigint not null references dataset_column (id) on delete cascade,
  job_namespace  text not null,
  job_name       text not null,
  type           text not null check (type in ('DIRECT', 'INDIRECT')),
  subtype        text not null check (subtype in ('IDENTITY', 'TRANSFORMATION', 'AGGREGATION',
                   'JOIN', 'FILTER', 'GROUP_BY', 'SORT', 'WINDOW', 'CONDITIONAL')),
  masking        boolean not null default false,
  first_seen     timestamptz not null,
  last_seen      timestamptz not null,
  last_run_id    text,
  unique (source_id, target_id, job_namespace, job_name, type, subtype)
);
-- both ends: the unique index leads with source_id (downstream walks); this one serves upstream walks.
create index column_edge_target_idx on column_edge (target_id, source_id);

-- dataset → dataset, per job: a run's inputs feeding its outputs.
create table dataset_edge (
  id             bigserial primary key,
  source_id      bigint not null references dataset (id) on delete cascade,
  target_id      bigint not null references dataset (id) on delete cascade,
  job_namespace  text not null,
  job_name       text not null,
  first_seen     timestamptz not null,
  last_seen      timestamptz not null,
  last_run_id    text,
  unique (source_id, target_id, job_namespace, job_name)
);
create index dataset_edge_target_idx on dataset_edge (target_id, source_id);

-- column → whole dataset (the columnLineage facet's dataset-level "dataset" dependencies, e.g. a
-- filter column that affects every row of the output).
create table dataset_dependency (
  id             bigserial primary key,
  source_id      bigint not null references dataset_column (id) on delete cascade,
  target_id      bigint not null references dataset (id) on delete cascade,
  job_namespace  text not null,
  job_name       text not null,
  type           text not null check (type in ('DIRECT', 'INDIRECT')),
  subtype        text not null check (subtype in ('IDENTITY', 'TRANSFORMATION', 'AGGREGATION',
                   'JOIN', 'FILTER', 'GROUP_BY', 'SORT', 'WINDOW', 'CONDITIONAL')),
  masking        boolean not null default false,
  first_seen     timestamptz not null,
  last_seen      timestamptz not null,
  last_run_id    text,
  unique (source_id, target_id, job_namespace, job_name, type, subtype)
);
create index dataset_dependency_target_idx on dataset_dependency (target_id);
