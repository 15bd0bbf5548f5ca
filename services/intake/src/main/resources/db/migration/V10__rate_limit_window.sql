-- Rate limits counted in the database, so that a limit holds however many intake replicas share the
-- tries (ADR 0025): one row per limit and key, a fixed one-minute window from the key's first try.
-- The key is an HMAC (identity.IdentityVault.keyedHash) of the limit's name and the client address
-- or reference, never the address or reference itself. Windows over for a minute are pruned.
create table rate_limit_window (
    key_hash bytea primary key,
    window_started timestamptz not null,
    tries integer not null check (tries > 0)
);

create index rate_limit_window_started on rate_limit_window (window_started);
