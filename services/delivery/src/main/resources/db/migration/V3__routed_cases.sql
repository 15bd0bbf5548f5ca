-- The case as routed to its body, for the body's full-case API and the webhook payload: the routed
-- event's fields the notification row does not carry (reasons, domains, harm, provider, flags, the
-- policy version). One row per case; like the notification, the first routing of a case is kept.
-- It holds no reporter identity and no free text from the reporter: CaseRoutedV1 carries neither.
create table routed_case (
  case_id      uuid        primary key references notification (case_id),
  -- The Destination name; a body reads only its own cases.
  destination  text        not null,
  -- CaseRoutedV1 as JSON, exactly as routing published it.
  routed       jsonb       not null,
  recorded_at  timestamptz not null
);
