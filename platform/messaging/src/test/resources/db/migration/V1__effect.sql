create table effect (
  event_id  uuid primary key,
  reference text not null
);
