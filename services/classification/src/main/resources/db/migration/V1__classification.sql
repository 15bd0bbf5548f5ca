-- One classification per concern: the tags and their evidence, never the concern's description.
create table classification (
  concern_id         uuid        primary key,
  reference          text        not null,
  organisation_code  text        not null,
  policy_version     text        not null,
  primary_domain     text        not null
    check (primary_domain in ('SAFE', 'EFFECTIVE', 'EXPERIENCE', 'WELL_LED', 'SUSTAINABLE', 'EQUITABLE')),
  domains            jsonb       not null,
  harm_level         text        not null
    check (harm_level in ('NONE', 'LOW', 'MODERATE', 'SEVERE', 'DEATH', 'UNKNOWN')),
  harm               jsonb       not null,
  urgent             boolean     not null,
  needs_triage       boolean     not null,
  classified_at      timestamptz not null
);

