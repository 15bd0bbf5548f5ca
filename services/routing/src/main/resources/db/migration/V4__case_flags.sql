-- What each case's recipient should do at once or know, and the support tier proposed to an ICB.
-- flags: [{kind, reason}], empty for cases opened before flags existed.
-- escalation: {tier, signals} on ICS_QUALITY_GROUP cases opened since; null otherwise.
alter table routed_case
  add column flags      jsonb not null default '[]',
  add column escalation jsonb,
  add constraint routed_case_escalation_check
    check (escalation is null or destination = 'ICS_QUALITY_GROUP');
