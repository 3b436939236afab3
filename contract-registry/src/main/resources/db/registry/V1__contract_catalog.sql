-- The contract catalog: every contract Pactum knows, and every version of its document.
-- A version is the contract YAML together with the schema text it was published with; publishing
-- the same content again creates no version (versions are contiguous from 1, never reused).

create table contract (
    id          text        primary key,
    created_at  timestamptz not null default now()
);

create table contract_version (
    contract_id     text        not null references contract (id),
    version_no      integer     not null check (version_no >= 1),
    semver          text        not null,
    status          text        not null check (status in ('DRAFT', 'ACTIVE', 'DEPRECATED', 'RETIRED')),
    owner_team      text        not null,
    description     text,
    schema_format   text        not null check (schema_format in ('AVRO', 'PROTOBUF')),
    compatibility   text        not null,
    contract_yaml   text        not null,
    schema_text     text        not null,
    content_sha256  text        not null check (length(content_sha256) = 64),
    source          text        not null,
    created_at      timestamptz not null default now(),
    primary key (contract_id, version_no)
);

comment on column contract_version.source is 'where the version came from: the contract file path, or api';
comment on column contract_version.content_sha256 is 'sha-256 of the contract YAML and schema text; equal content is not re-versioned';
