-- The text of the routing policy file with each version switched on, so that a file broken at start
-- can be refused while the version last in force is read back from here and stays in force. Rows from
-- before this migration hold none. A file that could not be read at all has no digest.
alter table policy_switch
  add column policy text,
  alter column digest drop not null,
  add constraint policy_switch_digest_check check (outcome = 'REFUSED' or digest is not null);
