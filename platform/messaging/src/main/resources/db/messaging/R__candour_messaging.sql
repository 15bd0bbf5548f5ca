-- Tables owned by the shared messaging conventions (platform/messaging). Repeatable and idempotent,
-- so each service's own versioned migrations never have to be ordered around them.

-- Transactional outbox: written in the same transaction as the business change, published by the relay.
create table if not exists outbox (
  position     bigserial primary key,
  event_id     uuid        not null unique,
  topic        text        not null,
  message_key  text        not null,
  event_type   text        not null,
  source       text        not null,
  subject      text        not null,
  occurred_at  timestamptz not null,
  payload      text        not null
);

-- Idempotent consumer: one row per event a consumer has applied, written with the effect.
create table if not exists processed_event (
  consumer      text        not null,
  event_id      uuid        not null,
  processed_at  timestamptz not null default now(),
  primary key (consumer, event_id)
);

-- The pruner deletes by age (ProcessedEventPruner); without this it would scan the whole table.
create index if not exists processed_event_processed_at on processed_event (processed_at);
