create sequence concern_reference_seq start with 1 minvalue 1;

create table concern (
  id                 uuid        primary key,
  reference          text        not null unique,
  organisation_code  text        not null,
  description        text        not null check (length(description) between 1 and 20000),
  identity           text        not null check (identity in ('NAMED', 'CONFIDENTIAL', 'ANONYMOUS')),
  immediate_danger   boolean     not null,
  raised_at          timestamptz not null
);

create index concern_raised_at on concern (raised_at);
