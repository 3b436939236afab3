-- The Confluent-compatible schema registry: schemas with global ids, subjects and their versions,
-- references between schemas, and the compatibility and mode settings (global and per subject).
-- See contract-registry/README.md, "Schema registry".

-- Global schema ids. The same schema (format + canonical form + references) has one id
-- everywhere; IMPORT mode may insert explicit ids, after which the sequence is moved past them.
create sequence schema_id_seq as integer start with 1;

create table schema (
    id               integer     primary key check (id >= 0),
    format           text        not null check (format in ('AVRO', 'PROTOBUF')),
    schema_text      text        not null,
    canonical_sha256 text        not null check (length(canonical_sha256) = 64),
    created_at       timestamptz not null default now()
);

-- "insert ... on conflict do nothing" against this index gives racing registrations one id.
create unique index schema_identity on schema (format, canonical_sha256);

comment on column schema.canonical_sha256 is
    'sha-256 of the canonical form and the references (name, subject, version): the identity of a schema';

-- The references a schema was registered with, in the order given.

-- One row per subject ever written: the row every writer of the subject locks
-- (select ... for update), so versions are assigned one at a time.
create table subject (
    name        text        primary key,
    created_at  timestamptz not null default now()
);

create table subject_version (
    subject     text        not null references subject (name),
    version     integer     not null check (version >= 1),
    schema_id   integer     not null references schema (id),
    deleted     boolean     not null default false,
    created_at  timestamptz not null default now(),
    primary key (subject, version)
);

create index subject_version_schema on subject_version (schema_id);

-- The references a schema was registered with, in the order given. A referenced version cannot be
-- permanently deleted while a reference to it exists (the foreign key backs the 42206 check).
create table schema_reference (
    schema_id    integer not null references schema (id) on delete cascade,
    position     integer not null check (position >= 0),
    name         text    not null,
    ref_subject  text    not null,
    ref_version  integer not null,
    primary key (schema_id, position),
    foreign key (ref_subject, ref_version) references subject_version (subject, version)
);

create index schema_reference_target on schema_reference (ref_subject, ref_version);

comment on column subject_version.deleted is
    'soft-deleted: hidden unless asked for with deleted=true; a permanent delete removes the row';

-- Compatibility level and mode. The global setting is the row with subject = '' (subjects are
-- never empty); a missing global row means the configured default.
create table subject_config (
    subject        text primary key,
    compatibility  text not null check (compatibility in ('NONE', 'BACKWARD', 'BACKWARD_TRANSITIVE',
                                                          'FORWARD', 'FORWARD_TRANSITIVE',
                                                          'FULL', 'FULL_TRANSITIVE')),
    updated_at     timestamptz not null default now()
);

create table subject_mode (
    subject     text primary key,
    mode        text not null check (mode in ('READWRITE', 'READONLY', 'IMPORT')),
    updated_at  timestamptz not null default now()
);
