-- Every revision of every classification is kept: revision 1 is the classifier's, each review by a person
-- adds the next. The classification row keeps the classifier's findings and points at the current revision.
alter table classification
  add column current_revision integer not null default 1 check (current_revision >= 1);

-- One row per revision, holding the whole ConcernClassifiedV2 announced for it; needs_triage and
-- classified_at are copied out of it for the triage queue.
create table classification_revision (
  concern_id     uuid        not null references classification (concern_id),
  revision       integer     not null check (revision >= 1),
  classified_at  timestamptz not null,
  needs_triage   boolean     not null,
  classification jsonb       not null,
  primary key (concern_id, revision)
);

create index classification_revision_needs_triage on classification_revision (concern_id) where needs_triage;

-- Who reviewed a classification, when, what they changed field by field and why: the audit trail.
create table classification_review (
  concern_id    uuid        not null,
  from_revision integer     not null,
  to_revision   integer     not null,
  reviewer      text        not null,
  reviewed_at   timestamptz not null,
  changes       jsonb       not null,
  reason        text        not null,
  primary key (concern_id, to_revision),
  foreign key (concern_id, to_revision) references classification_revision (concern_id, revision),
  check (to_revision = from_revision + 1)
);

-- Revisions and reviews are history: nothing may rewrite or remove them.
create function classification_history_is_append_only() returns trigger language plpgsql as $$
begin
  raise exception '% is append-only', tg_table_name;
end;
$$;

create trigger classification_revision_append_only
  before update or delete on classification_revision
  for each statement execute function classification_history_is_append_only();

create trigger classification_review_append_only
  before update or delete on classification_review
  for each statement execute function classification_history_is_append_only();

-- Classifications made before this migration become their revision 1, from the columns and findings
-- stored. What was never recorded takes the value a person would have to confirm: no incident category
-- (OTHER), no professionals, no complaint, no signals; the final response date was never kept.
insert into classification_revision (concern_id, revision, classified_at, needs_triage, classification)
select c.concern_id, 1, c.classified_at, c.needs_triage, jsonb_build_object(
    'concernId', c.concern_id,
    'reference', c.reference,
    'provider', jsonb_build_object('kind', c.provider_kind, 'odsCode', c.organisation_code,
        'name', c.provider_name, 'icbCode', c.provider_icb_code),
    'revision', 1,
    'classifiedAt', to_char(c.classified_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
    'taxonomyVersion', c.policy_version,
    'review', null,
    'primaryDomain', c.primary_domain,
    'domains', c.domains,
    'harm', c.harm,
    'incidentCategory', case when c.findings is null
        then jsonb_build_object('category', 'OTHER', 'confidence', 0.2,
            'evidence', jsonb_build_array('classified before incident categories were found'))
        else jsonb_build_object('category', c.findings -> 'incidentCategory' -> 'value',
            'confidence', c.findings -> 'incidentCategory' -> 'confidence',
            'evidence', c.findings -> 'incidentCategory' -> 'evidence') end,
    'professionals', coalesce((
        select jsonb_agg(jsonb_build_object(
            'role', p -> 'role',
            'fitnessToPractise', ftp.questioned,
            'confidence', p -> 'confidence',
            'evidence', case when ftp.questioned
                then (p -> 'evidence') || (c.findings -> 'fitnessToPractise' -> 'evidence')
                else p -> 'evidence' end))
        from jsonb_array_elements(c.findings -> 'professionals') as p,
             lateral (select jsonb_typeof(p -> 'regulator') = 'string'
                 and c.findings -> 'fitnessToPractise' ->> 'value' = 'MAY_MEET_THRESHOLD' as questioned) as ftp),
        '[]'),
    'complaint', jsonb_build_object(
        'status', coalesce(c.findings -> 'complaintStatus' ->> 'value', 'NONE'),
        'finalResponseOn', null,
        'byOrForPatient', coalesce(c.findings -> 'reporter' ->> 'value' in ('PATIENT', 'ACTING_FOR_PATIENT'), false),
        'evidence', coalesce(c.findings -> 'complaintStatus' -> 'evidence', '[]')),
    'signals', coalesce((
        select jsonb_agg(jsonb_build_object('signal', s -> 'value', 'confidence', s -> 'confidence',
            'evidence', s -> 'evidence'))
        from jsonb_array_elements(c.findings -> 'signals') as s),
        '[]'),
    'urgent', c.urgent,
    'needsTriage', c.needs_triage,
    'triageReasons', coalesce(c.findings -> 'triageReasons',
        case when c.needs_triage
            then jsonb_build_array('classified before triage reasons were recorded')
            else '[]' end))
from classification c;
