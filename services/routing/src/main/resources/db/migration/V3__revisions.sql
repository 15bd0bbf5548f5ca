-- Classification publishes numbered revisions: 1 is the classifier's, each reviewer's correction the next.
-- The classification row holds the latest revision applied; an older or equal one changes nothing.
alter table classification
  add column revision      integer not null default 1 check (revision >= 1),
  add column payload       jsonb,
  add column reviewer      text,
  add column review_reason text,
  add constraint classification_review_check
    check ((revision = 1) = (reviewer is null) and (reviewer is null) = (review_reason is null));
alter table classification alter column revision drop default;

-- Every revision applied, with what routing decided for it, for the audit timeline.
-- payload is the ConcernClassifiedV2 data; null only for classifications received as v1 before this migration.
create table classification_revision (
  concern_id              uuid        not null references classification (concern_id),
  revision                integer     not null check (revision >= 1),
  payload                 jsonb,
  taxonomy_version        text        not null,
  primary_domain          text        not null,
  domains                 jsonb       not null,
  harm                    jsonb       not null,
  urgent                  boolean     not null,
  needs_triage            boolean     not null,
  triage_reasons          jsonb       not null,
  reviewer                text,
  review_reason           text,
  classified_at           timestamptz not null,
  routing_policy_version  text        not null,
  routing_outcome         text        not null check (routing_outcome in ('ROUTED', 'NEEDS_TRIAGE')),
  triage_reason           text,
  -- Routes chosen but held until a person checks the classification: [{destination, recipientCode, recipientName}].
  waiting                 jsonb       not null,
  decided_at              timestamptz not null,
  primary key (concern_id, revision),
  constraint classification_revision_review_check
    check ((revision = 1) = (reviewer is null) and (reviewer is null) = (review_reason is null))
);

insert into classification_revision (concern_id, revision, payload, taxonomy_version, primary_domain, domains, harm,
    urgent, needs_triage, triage_reasons, classified_at, routing_policy_version, routing_outcome, triage_reason,
    waiting, decided_at)
  select concern_id, 1, null, policy_version, primary_domain, domains, harm,
    urgent, needs_triage, '[]', classified_at, routing_policy_version, routing_outcome, triage_reason,
    '[]', decided_at
  from classification;

-- A case no longer chosen after a reviewer's correction is withdrawn, never deleted.
alter table routed_case
  add column status            text        not null default 'OPEN' check (status in ('OPEN', 'WITHDRAWN')),
  add column withdrawn_at      timestamptz,
  add column withdrawal_reason text,
  add constraint routed_case_withdrawn_check
    check ((status = 'WITHDRAWN') = (withdrawn_at is not null) and (withdrawn_at is null) = (withdrawal_reason is null));
alter table routed_case alter column status drop default;

-- Each case opened or withdrawn, and by which revision, in order, for the audit timeline.
create table case_change (
  position        bigserial   primary key,
  case_id         uuid        not null references routed_case (case_id),
  concern_id      uuid        not null,
  revision        integer     not null,
  change          text        not null check (change in ('OPENED', 'WITHDRAWN')),
  reasons         jsonb       not null,
  policy_version  text        not null,
  changed_at      timestamptz not null,
  foreign key (concern_id, revision) references classification_revision (concern_id, revision)
);

create index case_change_concern on case_change (concern_id, revision, position);

insert into case_change (case_id, concern_id, revision, change, reasons, policy_version, changed_at)
  select case_id, concern_id, 1, 'OPENED', reasons, policy_version, routed_at
  from routed_case
  order by position;
