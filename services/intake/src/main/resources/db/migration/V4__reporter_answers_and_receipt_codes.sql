-- Everything the form asks, so that the API and the form take the same concern (issue 3), and the
-- bcrypt hash of an anonymous reporter's receipt code: the code itself is never stored.
-- Concerns raised before this migration were all about NHS trusts, with no structured answers.
alter table concern
  add column provider_kind     text,
  add column provider_name     text,
  add column provider_icb_code text,
  add column service           text check (length(service) <= 200),
  add column occurred_on       date,
  add column occurred_period   text check (length(occurred_period) <= 200),
  add column affected          jsonb not null default '[]',
  add column reported_harm     text  not null default 'UNKNOWN'
    check (reported_harm in ('NONE', 'LOW', 'MODERATE', 'SEVERE', 'DEATH', 'UNKNOWN')),
  add column professionals     jsonb not null default '[]',
  add column raised_before     jsonb not null default '{"routes": [], "finalResponseOn": null}',
  add column receipt_code_hash text;

update concern set provider_kind = 'NHS_TRUST', provider_name = organisation_code where provider_kind is null;

alter table concern
  alter column provider_kind set not null,
  alter column provider_name set not null,
  alter column organisation_code drop not null,
  add constraint concern_trust_has_ods_code check (provider_kind <> 'NHS_TRUST' or organisation_code is not null),
  add constraint concern_other_provider_has_icb check (provider_kind = 'NHS_TRUST' or provider_icb_code is not null),
  add constraint concern_occurred_once check (occurred_on is null or occurred_period is null),
  add constraint concern_receipt_code_only_when_anonymous check (receipt_code_hash is null or identity = 'ANONYMOUS');
