-- What has happened to each concern, one row per step, from the events the other services publish
-- (issue 3). Only what the reporter may see is kept: the kind of step, the body it concerns and
-- when; never routing's reasons. event_id is the CloudEvents id of the event that told us. A later
-- kind of step (a delivery to a body, issue 6) adds itself to the kind check and reuses the columns.
create table progress_step (
  event_id        uuid        primary key,
  concern_id      uuid        not null references concern (id),
  kind            text        not null check (kind in ('ASSESSED', 'IN_REVIEW', 'HELD_FOR_CHECK', 'SHARED')),
  destination     text,
  recipient_code  text,
  case_id         uuid,
  occurred_at     timestamptz not null,
  recorded_at     timestamptz not null,
  constraint progress_step_shared_names_a_body
    check (kind <> 'SHARED' or (destination is not null and recipient_code is not null and case_id is not null))
);

create index progress_step_concern on progress_step (concern_id, occurred_at);

-- A case is shared once, however often routing announces it.
create unique index progress_step_case on progress_step (case_id, kind) where case_id is not null;
