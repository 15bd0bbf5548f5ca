-- One notification per routed case: what delivery owes the destination body. Sending comes later;
-- every attempt will then be recorded in its own table, so this row only carries the current state.
create table notification (
  -- Also the Standard Webhooks webhook-id, which must stay the same across retries.
  id              uuid        primary key,
  -- Unique so that a case routed twice (redelivery, or a re-published event) is notified once.
  case_id         uuid        not null unique,
  concern_id      uuid        not null,
  reference       text        not null,
  destination     text        not null,
  recipient_code  text        not null,
  recipient_name  text        not null,
  urgent          boolean     not null,
  status          text        not null
    constraint notification_status_known check (status in ('PENDING', 'SENT', 'FAILED', 'DISABLED')),
  attempts        integer     not null default 0
    constraint notification_attempts_not_negative check (attempts >= 0),
  created_at      timestamptz not null
);

-- Serves the sender's "oldest pending first" and the listing's "newest with this status first".
create index notification_status_created_at on notification (status, created_at);
