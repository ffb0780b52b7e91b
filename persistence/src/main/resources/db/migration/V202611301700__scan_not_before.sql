-- A scan changes ask for waits a few seconds before it starts (portcullis.change.settle), so that the rest of a burst
-- of writes pushed one by one joins it rather than queueing scan after scan. Null: startable at once.
alter table scan add column not_before timestamptz;
