-- Dead-lettered parked classifications are deleted once they were dead-lettered longer ago than
-- candour.routing.unknown-concern.keep-dead-lettered (PruneDeadLetteredClassifications), so that the rows of
-- concerns never raised do not pile up for ever. This index finds them without a full scan; it holds only the
-- dead-lettered rows, as the V12 index on parked_at holds only those still waiting. A plain create index locks
-- out writes to parked_classification while it builds; the table holds only classifications of concerns
-- routing never saw raised, normally few, so that is brief.
create index parked_classification_dead_lettered on parked_classification (dead_lettered_at)
  where dead_lettered_at is not null;
