-- What the sender adds to V2 (ADR 0022). V4, not V3, so that it cannot clash with the endpoint API's
-- migration, written at the same time.

-- A body's delivery log reads one endpoint's deliveries, newest first.
create index delivery_endpoint on delivery (endpoint_id, created_at desc);
