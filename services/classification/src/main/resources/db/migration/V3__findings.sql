-- Everything the classifier found, each finding with its evidence and confidence: incident category,
-- professionals and regulators, fitness to practise, complaint status, reporter, signals, triage reasons.
-- Null for concerns classified before this migration, by the regex tagging policy, which found none of these.
alter table classification
  add column findings jsonb;
