-- Delivery's webhook reached the body the case was routed to (CaseDeliveredV1, ADR 0022).
alter table progress_step drop constraint progress_step_kind_check;
alter table progress_step
  add constraint progress_step_kind_check
    check (kind in ('ASSESSED', 'IN_REVIEW', 'HELD_FOR_CHECK', 'CHECKED', 'SHARED', 'DELIVERED',
                    'BODY_RECEIVED', 'BODY_REVIEWING', 'BODY_CLOSED'));
alter table progress_step drop constraint progress_step_names_a_body;
alter table progress_step
  add constraint progress_step_names_a_body
    check (kind not in ('SHARED', 'DELIVERED', 'BODY_RECEIVED', 'BODY_REVIEWING', 'BODY_CLOSED')
           or (destination is not null and recipient_code is not null and case_id is not null));
