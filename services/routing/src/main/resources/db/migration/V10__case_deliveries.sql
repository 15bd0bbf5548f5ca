-- When a case reached the national body it was routed to, from delivery's CaseDeliveredV1, for the
-- concern's timeline. Delivery announces the first 2xx of a case once; a redelivered event finds the
-- row already there and changes nothing. Append-only.
create table case_delivery (
  case_id       uuid        primary key references routed_case (case_id),
  concern_id    uuid        not null,
  -- The revision of the classification in force when the body received it.
  revision      integer     not null,
  delivered_at  timestamptz not null,
  recorded_at   timestamptz not null
);

create index case_delivery_concern on case_delivery (concern_id);

create trigger case_delivery_append_only before update or delete on case_delivery
  for each row execute function refuse_change();
