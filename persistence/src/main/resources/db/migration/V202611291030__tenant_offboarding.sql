-- Offboarding a tenant while keeping its history: the tenant stays (marked), its credential is erased and its
-- subscriptions are disabled, so nothing is scanned and everything found so far can still be read. Purging instead
-- deletes the tenant and, by cascade, everything recorded of it.
alter table tenant add column offboarded_at timestamptz;
