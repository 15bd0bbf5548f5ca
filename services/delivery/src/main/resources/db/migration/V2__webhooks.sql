-- Webhooks to the Standard Webhooks specification (ADR 0022): the endpoints a national body
-- registers, their signing secrets, what is owed to each endpoint, and every attempt.

-- A notification is the message: its id is the webhook-id of every attempt to every endpoint.
-- The body sent is frozen at the first attempt so that every retry and resend carries the same bytes.
alter table notification add column event_type text not null default 'case.routed';
alter table notification add column payload bytea;

-- The reporter's description, with NHS numbers and other identifiers already redacted, read from
-- intake's ConcernRaisedV1. Only the redacted text is ever stored here.
create table concern_summary (
  concern_id   uuid        primary key,
  summary      text        not null,
  received_at  timestamptz not null
);

-- An https URL a national body registered to receive the event types it names.
create table endpoint (
  id                     uuid        primary key,
  -- The body that owns it, a Destination name such as CQC or GMC; the token's body claim.
  body_code              text        not null,
  url                    text        not null
    constraint endpoint_url_length check (char_length(url) <= 2048),
  event_types            text[]      not null
    constraint endpoint_event_types_given check (cardinality(event_types) > 0),
  description            text,
  status                 text        not null
    constraint endpoint_status_known check (status in ('ACTIVE', 'PAUSED', 'DISABLED')),
  -- Why it was disabled (410 Gone, failing for days, or by its owner); null unless DISABLED.
  status_reason          text,
  -- Optional: at most this many requests a second are sent to it.
  rate_limit_per_second  integer
    constraint endpoint_rate_limit_positive check (rate_limit_per_second > 0),
  -- When the current run of failed attempts began; null when the last attempt succeeded.
  failing_since          timestamptz,
  created_at             timestamptz not null,
  updated_at             timestamptz not null
);

create index endpoint_body_code on endpoint (body_code);

-- Signing secrets, sealed at rest (AES-GCM). During a rotation the old secret keeps signing until
-- expires_at, so one webhook-signature header carries a signature for each live secret.
create table endpoint_secret (
  id           uuid        primary key,
  endpoint_id  uuid        not null references endpoint (id),
  sealed       bytea       not null,
  created_at   timestamptz not null,
  -- Null while it is the current secret; set to the end of the grace period when rotated out.
  expires_at   timestamptz
);

create index endpoint_secret_endpoint on endpoint_secret (endpoint_id);

-- What is owed to one endpoint for one message, scheduled in the database so that retries survive
-- restarts. Resend and replay put a row back to PENDING; the webhook-id stays the message's id.
create table delivery (
  id               uuid        primary key,
  notification_id  uuid        not null references notification (id),
  endpoint_id      uuid        not null references endpoint (id),
  status           text        not null
    constraint delivery_status_known check (status in ('PENDING', 'DELIVERED', 'DEAD')),
  -- Failed attempts counted against the retry schedule; deferred attempts do not count.
  attempts_made    integer     not null default 0
    constraint delivery_attempts_not_negative check (attempts_made >= 0),
  next_attempt_at  timestamptz,
  created_at       timestamptz not null,
  updated_at       timestamptz not null,
  constraint delivery_once_per_endpoint unique (notification_id, endpoint_id)
);

-- Serves the scheduler's "due now, oldest first".
create index delivery_due on delivery (next_attempt_at) where status = 'PENDING';

-- Every attempt, whatever its outcome: the delivery log a body reads through the API.
create table attempt (
  id               uuid        primary key,
  delivery_id      uuid        not null references delivery (id),
  attempted_at     timestamptz not null,
  outcome          text        not null
    constraint attempt_outcome_known check (outcome in ('DELIVERED', 'FAILED', 'GONE', 'REFUSED')),
  response_status  integer,
  latency_ms       integer     not null
    constraint attempt_latency_not_negative check (latency_ms >= 0),
  error            text
);

create index attempt_delivery on attempt (delivery_id, attempted_at);

-- Told to an endpoint's owner: dead-lettered messages, an endpoint disabled (410, failing for
-- days). Read through the API by the body that owns the endpoint.
create table endpoint_notice (
  id           uuid        primary key,
  endpoint_id  uuid        not null references endpoint (id),
  kind         text        not null
    constraint endpoint_notice_kind_known check (kind in ('MESSAGE_DEAD_LETTERED', 'ENDPOINT_DISABLED')),
  detail       text        not null,
  created_at   timestamptz not null
);

create index endpoint_notice_endpoint on endpoint_notice (endpoint_id, created_at);

-- Every fetch of a full case by a body, with the client that fetched it. Append-only.
create table case_fetch (
  id          bigint      generated always as identity primary key,
  case_id     uuid        not null,
  body_code   text        not null,
  client_id   text        not null,
  fetched_at  timestamptz not null
);

create function refuse_change() returns trigger language plpgsql as $$
begin
  raise exception '% is append-only', tg_table_name;
end
$$;

create trigger case_fetch_append_only before update or delete on case_fetch
  for each row execute function refuse_change();
create trigger attempt_append_only before update or delete on attempt
  for each row execute function refuse_change();
