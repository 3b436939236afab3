-- The access module's store (DESIGN.md §3). Flyway sets the schema (access); names are unqualified.
-- An API token is kept as the SHA-256 of its secret, never the secret: the secret is shown once,
-- when the token is created. Revoked tokens stay, for the record; a name is unique among the
-- tokens not revoked, so a revoked name can be given to a new token.

create table api_token (
  id           bigint generated always as identity primary key,
  name         text not null check (name ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$'),
  role         text not null
                 check (role in ('admin', 'steward', 'producer', 'privacy', 'ci', 'reader')),
  teams        text[] not null default '{}',
  secret_hash  bytea not null check (octet_length(secret_hash) = 32),
  created_at   timestamptz not null,
  created_by   text not null,               -- the principal's name, never a secret
  expires_at   timestamptz,                 -- null: never
  last_used_at timestamptz,                 -- to the minute: touched at most once a minute
  revoked_at   timestamptz,
  check (expires_at is null or expires_at > created_at),
  check (revoked_at is null or revoked_at >= created_at)
);

create unique index api_token_secret_hash on api_token (secret_hash);
create unique index api_token_live_name on api_token (name) where revoked_at is null;
create index api_token_name_id on api_token (name, id);
