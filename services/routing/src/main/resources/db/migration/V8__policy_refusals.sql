-- A routing policy file changed while routing ran is switched on, or refused with the reason while
-- the version in force stays; both are recorded. A refused file may have no readable version.
alter table policy_switch
  add column outcome text not null default 'SWITCHED' check (outcome in ('SWITCHED', 'REFUSED')),
  add column reason  text,
  alter column version drop not null,
  add constraint policy_switch_refusal_check
    check ((outcome = 'REFUSED') = (reason is not null) and (outcome = 'REFUSED' or version is not null));
alter table policy_switch alter column outcome drop default;
