-- Where the body a case went to has got to with it (ICS quality groups acknowledge through the feed):
-- null until it first says so; a case moves forward only (RECEIVED, IN_REVIEW, CLOSED).
alter table routed_case
  add column acknowledgement text check (acknowledgement in ('RECEIVED', 'IN_REVIEW', 'CLOSED'));

-- The feed pages an ICB's cases in the order they were opened.
create index routed_case_recipient on routed_case (destination, recipient_code, position);

-- Every acknowledgement, who made it and with what note: append-only.
-- revision is the classification revision in force when it was made, to place it in the timeline.
create table case_acknowledgement (
  position         bigserial   primary key,
  case_id          uuid        not null references routed_case (case_id),
  concern_id       uuid        not null,
  revision         integer     not null,
  status           text        not null check (status in ('RECEIVED', 'IN_REVIEW', 'CLOSED')),
  note             text        check (length(note) between 1 and 2000),
  acknowledged_by  text        not null,
  acknowledged_at  timestamptz not null
);

create index case_acknowledgement_concern on case_acknowledgement (concern_id, position);

-- Every read of a case through the feed and every change made to one: who, which, when. Append-only.
create table case_access (
  position     bigserial   primary key,
  case_id      uuid        not null references routed_case (case_id),
  client       text        not null,
  action       text        not null check (action in ('LISTED', 'READ', 'ACKNOWLEDGED')),
  accessed_at  timestamptz not null
);

create index case_access_case on case_access (case_id, position);

create function refuse_change() returns trigger language plpgsql as $$
begin
  raise exception '% is append-only: rows are never updated or deleted', tg_table_name;
end;
$$;

create trigger case_acknowledgement_append_only before update or delete on case_acknowledgement
  for each row execute function refuse_change();
create trigger case_access_append_only before update or delete on case_access
  for each row execute function refuse_change();
