-- The contract API: every version keeps all of its files (so any version can be loaded again,
-- Protobuf imports included), the registry subject version its schema landed in, and the findings
-- of the comparison with the version before it.

alter table contract_version
    add column schema_file     text,
    add column files           jsonb check (files is null or jsonb_typeof(files) = 'object'),
    add column subject         text,
    add column schema_id       integer,
    add column subject_version integer,
    add column findings        jsonb not null default '[]'::jsonb
        check (jsonb_typeof(findings) = 'array');

comment on column contract_version.schema_file is 'the schema file, relative to the contract''s folder; null for versions published before V3';
comment on column contract_version.files is '{"relative/path": "text"} of the schema file and its Protobuf imports; null for versions published before V3';
comment on column contract_version.subject is 'the schema registry subject the schema was registered under (the contract id)';
comment on column contract_version.schema_id is 'the schema registry''s global id of the schema';
comment on column contract_version.subject_version is 'the subject version holding the schema when this version was published';
comment on column contract_version.findings is 'findings against the previous version: lint warnings, schema notes, semantic changes';
