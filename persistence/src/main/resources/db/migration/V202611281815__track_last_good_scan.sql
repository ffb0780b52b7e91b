-- When each subscription was last collected completely. Open and suppressed findings were seen failing at that
-- scan, so their last-seen time is read from here instead of rewriting every open finding row at every scan (which
-- bloated the finding table to 1 GB for 15,000 rows over a year of daily scans).
alter table subscription add column last_good_scan_at timestamptz;

-- Resolutions in a window, for the remediation metrics.
create index finding_event_type_at_idx on finding_event (type, at);
