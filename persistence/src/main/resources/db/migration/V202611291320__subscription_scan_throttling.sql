-- How ARM treated each subscription scan (issue 14): answers 429 (throttled) and requests sent again after a 429, a
-- 5xx or a broken connection (retried), counted by the collector's pipeline. Rows written before have none recorded.
alter table subscription_scan
    add column throttled_requests integer not null default 0,
    add column retried_requests   integer not null default 0;

-- portcullis_scan_jobs counts queued and running subscription scans on every scrape of /q/metrics: a partial index over
-- those few rows keeps the count independent of how much history the table holds.
create index subscription_scan_active_idx on subscription_scan (status) where status in ('QUEUED', 'RUNNING');
