-- A reviewer in classification's triage queue confirmed or corrected how a concern was classified
-- (ConcernClassifiedV2 revision 2 or later). The reporter sees that a person checked it; never who,
-- why or what changed.
alter table progress_step drop constraint progress_step_kind_check;
alter table progress_step
  add constraint progress_step_kind_check
    check (kind in ('ASSESSED', 'IN_REVIEW', 'HELD_FOR_CHECK', 'CHECKED', 'SHARED'));
