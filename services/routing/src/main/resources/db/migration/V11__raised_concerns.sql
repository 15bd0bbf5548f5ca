-- The concerns intake has raised, from ConcernRaisedV1: only the id and when it was raised, nothing the
-- reporter wrote. A classification of a concern not here is not routed (ADR 0023). Append-only.
create table raised_concern (
  concern_id   uuid        primary key,
  raised_at    timestamptz not null,
  recorded_at  timestamptz not null
);

-- Concerns routed before routing read ConcernRaisedV1 were raised too: their corrections must still route.
insert into raised_concern (concern_id, raised_at, recorded_at)
  select concern_id, classified_at, now() from classification;

create trigger raised_concern_append_only before update or delete on raised_concern
  for each row execute function refuse_change();
