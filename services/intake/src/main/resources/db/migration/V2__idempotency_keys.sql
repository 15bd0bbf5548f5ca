-- A client's Idempotency-Key and a digest of the request it came with, so that a retry returns the
-- concern the first attempt created and a different request under the same key is refused.
create table idempotency_key (
  key             text        primary key check (length(key) between 1 and 255),
  request_digest  bytea       not null,
  concern_id      uuid        not null references concern (id),
  created_at      timestamptz not null
);
