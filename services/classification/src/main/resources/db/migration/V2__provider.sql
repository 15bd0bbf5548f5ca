-- The provider as the reporter gave it: an NHS trust by ODS code, any other kind by name and ICB.
-- organisation_code keeps holding the provider's ODS code, now optional for providers that are not trusts.
alter table classification
  add column provider_kind     text,
  add column provider_name     text,
  add column provider_icb_code text,
  alter column organisation_code drop not null;

-- Every concern classified before this migration was about an NHS trust known only by its ODS code,
-- so the code stands in for the name that was never recorded.
update classification
  set provider_kind = 'NHS_TRUST', provider_name = organisation_code
  where provider_kind is null;

-- The list of kinds belongs to the shared events, so only the shape of a provider is checked here.
alter table classification
  alter column provider_kind set not null,
  alter column provider_name set not null,
  add constraint classification_trust_has_ods_code_check
    check (provider_kind <> 'NHS_TRUST' or organisation_code is not null),
  add constraint classification_other_provider_has_icb_check
    check (provider_kind = 'NHS_TRUST' or provider_icb_code is not null);
