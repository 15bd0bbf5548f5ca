-- Every time the operator's organisation directory files were read again while routing ran: applied
-- (with each ICB and trust added, removed or changed) or refused (with the reason). Append-only.
create table directory_change (
  position     bigserial   primary key,
  outcome      text        not null check (outcome in ('APPLIED', 'REFUSED')),
  folder       text        not null,
  digest       text,
  changes      jsonb       not null,
  recorded_at  timestamptz not null,
  check ((outcome = 'APPLIED') = (digest is not null))
);

create trigger directory_change_append_only before update or delete on directory_change
  for each row execute function refuse_change();
