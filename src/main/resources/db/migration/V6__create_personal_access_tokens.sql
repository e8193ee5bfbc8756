-- GitLab-style personal access tokens for the API. Only the SHA-256 digest of a token is kept:
-- tokens are long random strings, so a fast hash cannot be reversed by guessing, and the digest
-- can be looked up through a unique index on every API call.
create table personal_access_tokens (
    id            bigserial    primary key,
    user_id       bigint       not null constraint personal_access_tokens_user_fkey references users (id) on delete cascade,
    name          varchar(255) not null,
    token_digest  varchar(64)  not null,
    scopes        text         not null,
    expires_at    date,
    revoked       boolean      not null default false,
    last_used_at  timestamptz,
    created_at    timestamptz  not null default now(),
    constraint personal_access_tokens_token_digest_key unique (token_digest),
    constraint personal_access_tokens_scopes_check check (scopes ~ '^(api|read_api)(,(api|read_api))*$')
);
create index personal_access_tokens_user_id_idx on personal_access_tokens (user_id, created_at desc);
