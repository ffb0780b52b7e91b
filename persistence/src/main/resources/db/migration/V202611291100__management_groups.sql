-- A tenant can be onboarded by management group: only the subscriptions below it are scanned, and each scan finds
-- new ones and marks those no longer below it (or no longer visible) as removed: not scanned, history kept.
alter table tenant add column management_group_id text;
alter table subscription add column removed_at timestamptz;
