-- Classifications of a concern routing has not seen raised, parked so that the records behind them on the
-- partition are not held up (ADR 0023). Only the event as it arrived: its value, its key and its CloudEvents
-- headers, so it can be read again or dead-lettered unchanged. Routed and deleted when the concern's raising
-- arrives; after candour.routing.unknown-concern.wait-for-raising it is dead-lettered and marked, not deleted,
-- so that a raising that comes later still routes it.
create table parked_classification (
  -- The order the records arrived in, so that a concern's classifications are routed in that order.
  position          bigint      generated always as identity primary key,
  event_id          uuid        not null unique,
  concern_id        uuid        not null,
  record_key        bytea,
  record_value      bytea       not null,
  headers           jsonb       not null,
  parked_at         timestamptz not null,
  dead_lettered_at  timestamptz
);

create index parked_classification_concern on parked_classification (concern_id, position);
create index parked_classification_waiting on parked_classification (parked_at) where dead_lettered_at is null;
