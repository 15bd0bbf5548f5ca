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

-- Questions the team handling a concern asks its reporter, and the reporter's answer. Nothing here
-- says who the reporter is: the answer is only what they chose to write.
create table question (
  id           uuid        primary key,
  concern_id   uuid        not null references concern (id),
  text         text        not null check (length(text) between 1 and 5000),
  asked_at     timestamptz not null,
  answer       text        check (length(answer) between 1 and 5000),
  answered_at  timestamptz,
  constraint question_answered_once check ((answer is null) = (answered_at is null))
);

create index question_concern on question (concern_id, asked_at);
