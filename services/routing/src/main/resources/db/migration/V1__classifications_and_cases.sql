-- What routing received from classification, and what it decided.
create table classification (
  concern_id              uuid        primary key,
  reference               text        not null unique,
  organisation_code       text        not null,
  policy_version          text        not null,
  primary_domain          text        not null,
  domains                 jsonb       not null,
  harm                    jsonb       not null,
  urgent                  boolean     not null,
  needs_triage            boolean     not null,
  classified_at           timestamptz not null,
  routing_policy_version  text        not null,
  routing_outcome         text        not null check (routing_outcome in ('ROUTED', 'NEEDS_TRIAGE')),
  triage_reason           text,
  decided_at              timestamptz not null
);

-- One case per destination body, with the reasons the concern goes there.
create table routed_case (
  position        bigserial   not null unique,
  case_id         uuid        primary key,
  concern_id      uuid        not null references classification (concern_id),
  destination     text        not null,
  recipient_code  text        not null,
  recipient_name  text        not null,
  reasons         jsonb       not null,
  policy_version  text        not null,
  routed_at       timestamptz not null,
  unique (concern_id, destination, recipient_code)
);
