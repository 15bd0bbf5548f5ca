-- The text of each routing policy file switched on, by its SHA-256 (policy_switch.digest), so that a file
-- refused at start leaves routing deciding with the version last in force, read back from here.
-- Append-only. A file that could not be read at all is refused without a digest.
create table policy_file (
  digest     text        primary key,
  policy     text        not null,
  stored_at  timestamptz not null
);

create trigger policy_file_append_only before update or delete on policy_file
  for each row execute function refuse_change();

alter table policy_switch
  alter column digest drop not null,
  add constraint policy_switch_digest_check check (outcome = 'REFUSED' or digest is not null);
