-- A body that received a case says how far it has got: received, reviewing, finished.
alter table progress_step drop constraint progress_step_kind_check;
alter table progress_step
  add constraint progress_step_kind_check
    check (kind in ('ASSESSED', 'IN_REVIEW', 'HELD_FOR_CHECK', 'CHECKED', 'SHARED',
                    'BODY_RECEIVED', 'BODY_REVIEWING', 'BODY_CLOSED'));
alter table progress_step drop constraint progress_step_shared_names_a_body;
alter table progress_step
  add constraint progress_step_names_a_body
    check (kind not in ('SHARED', 'BODY_RECEIVED', 'BODY_REVIEWING', 'BODY_CLOSED')
           or (destination is not null and recipient_code is not null and case_id is not null));
