-- A browser signed in to the UI (its pactum_session cookie). Kept as the SHA-256 of the cookie's
-- secret, never the secret. The principal is the one the sign-in established: an API token's, or a
-- person's as the OpenID issuer's claims mapped them. A session ends when its person signs out,
-- when it has been idle too long, at its absolute end, or — signed in with an API token — when that
-- token is revoked or expires. Ended rows stay a day, then go.

create table ui_session (
  id            bigint generated always as identity primary key,
  secret_hash   bytea not null check (octet_length(secret_hash) = 32),
  principal     text not null,               -- the principal's name, never a subject id
  kind          text not null check (kind in ('person', 'machine')),
  role          text not null
                  check (role in ('admin', 'steward', 'producer', 'privacy', 'ci', 'reader')),
  teams         text[] not null default '{}',
  signed_in_by  text not null check (signed_in_by in ('oidc', 'token')),
  token_id      bigint references api_token (id) on delete cascade,
  created_at    timestamptz not null,
  last_seen_at  timestamptz not null,
  expires_at    timestamptz not null,
  ended_at      timestamptz,
  check (expires_at > created_at),
  check ((signed_in_by = 'token') = (token_id is not null))
);

create unique index ui_session_secret_hash on ui_session (secret_hash);
create index ui_session_expires_at on ui_session (expires_at);
