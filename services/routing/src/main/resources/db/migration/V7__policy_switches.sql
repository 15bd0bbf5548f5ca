-- Each time routing started with a routing policy version other than the one before: which version,
-- the SHA-256 of its file, where it was read from, the version it replaced. Append-only.
create table policy_switch (
  position          bigserial   primary key,
  version           text        not null,
  digest            text        not null,
  location          text        not null,
  previous_version  text,
  switched_at       timestamptz not null
);

create trigger policy_switch_append_only before update or delete on policy_switch
  for each row execute function refuse_change();
